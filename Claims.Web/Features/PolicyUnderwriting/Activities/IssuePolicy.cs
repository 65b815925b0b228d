using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.PolicyUnderwriting.Activities;

[Activity("Policy.IssuePolicy", Category = "Policy", DisplayName = "Issue policy",
    Description = "Issues the accepted proposal on the next policy form of the agent's range, in the same transaction; a renewal becomes next year's policy of the one it renews and queues PolicyRenewed.")]
public sealed class IssuePolicy : Activity
{
    [Output(Description = "The policy number (the form's serial).")]
    public string? PolicyNumber { get; set; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var proposal = await context.ProposalAsync();
        var result = await context.Services.GetRequiredService<PolicyIssuer>().StageAsync(proposal, proposal.AgentUserName, default);
        // No forms left is an incident: an admin allocates a range and retries the instance.
        PolicyNumber = result.Policy?.Number ?? throw new InvalidOperationException(result.Error);
        context.Complete();
    }
}
