using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.PolicyUnderwriting.Activities;

[Activity("Policy.AcceptProposal", Category = "Policy", DisplayName = "Accept proposal",
    Description = "Records the underwriter's acceptance: as proposed, with a loading, or with a higher excess.")]
public sealed class AcceptProposal : Activity
{
    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        await DecisionActivity.RecordAsync(context);
        context.Complete();
    }
}
