using Claims.Domain.Financials;
using Claims.Web.Features.Claims.Activities;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.Financials.Activities;

[Activity("Claims.CheckClosure", Category = "Claims", DisplayName = "Check closure",
    Description = "Before closing: Ready when no money is open; AwaitingExport when only payments wait for the day's bank file; Open when the adjuster must act (no final payment, an outstanding reserve, a reserve change waiting for approval).")]
[FlowNode("Ready", "AwaitingExport", "Open")]
public sealed class CheckClosure : Activity
{
    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var claim = await context.ClaimAsync();
        context.Complete(ClosureCheck.Decide(await ClaimClosure.StateAsync(context.Db(), claim)).ToString());
    }
}
