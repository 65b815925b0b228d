using Claims.Domain.Policies;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.PolicyUnderwriting.Activities;

[Activity("Policy.ReferUp", Category = "Policy", DisplayName = "Refer up",
    Description = "Records a referral to the next authority level and names its role.")]
public sealed class ReferUp : Activity
{
    [Output(Description = "The role of the next level up.")]
    public string? ReviewRole { get; set; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var proposal = await DecisionActivity.RecordAsync(context);
        ReviewRole = AuthorityLevels.RoleOf(proposal.ReviewLevel!.Value);
        context.Complete();
    }
}
