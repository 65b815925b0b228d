using Claims.Domain.Policies;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.PolicyUnderwriting.Activities;

[Activity("Policy.RouteProposal", Category = "Policy", DisplayName = "Route proposal",
    Description = "New business goes to rating; a renewal the policyholder accepted was re-rated and underwritten at its offer and carries its disclosure over, so it goes to issue.")]
[FlowNode("NewBusiness", "Renewal")]
public sealed class RouteProposal : Activity
{
    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var proposal = await context.ProposalAsync();
        context.Complete(proposal.Kind == ProposalKind.Renewal ? "Renewal" : "NewBusiness");
    }
}
