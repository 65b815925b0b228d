using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.PolicyUnderwriting.Activities;

[Activity("Policy.RecordDecline", Category = "Policy", DisplayName = "Record decline",
    Description = "Records the underwriter's decline and its reason on the proposal.")]
public sealed class RecordDecline : Activity
{
    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        await DecisionActivity.RecordAsync(context);
        context.Complete();
    }
}
