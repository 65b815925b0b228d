using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.Claims.Activities;

[Activity("Claims.ReturnEstimate", Category = "Claims", DisplayName = "Return estimate", Description = "Sends the estimate back to the surveying adjuster.")]
public sealed class ReturnEstimate : Activity
{
    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        (await context.ClaimAsync()).ReturnForSurvey();
        context.Complete();
    }
}
