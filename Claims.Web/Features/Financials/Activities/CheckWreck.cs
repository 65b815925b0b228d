using Claims.Web.Features.Claims.Activities;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.Financials.Activities;

[Activity("Claims.CheckWreck", Category = "Claims", DisplayName = "Wreck to sell?",
    Description = "Before closure: a claim settled as a total loss has a wreck to sell (the salvage sale task); a repaired one closes.")]
[FlowNode("NoWreck", "Wreck")]
public sealed class CheckWreck : Activity
{
    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var claim = await context.ClaimAsync();
        context.Complete(claim.IsTotalLoss ? "Wreck" : "NoWreck");
    }
}
