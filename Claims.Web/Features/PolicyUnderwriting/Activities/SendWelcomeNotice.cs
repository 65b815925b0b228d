using Claims.Web.Features.PolicyUnderwriting.Contracts;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.PolicyUnderwriting.Activities;

[Activity("Policy.SendWelcomeNotice", Category = "Policy", DisplayName = "Send welcome notice",
    Description = "Queues the PolicyIssued event in the outbox; the welcome notice goes out from it.")]
public sealed class SendWelcomeNotice : Activity
{
    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var proposal = await context.ProposalAsync();
        var db = context.Db();
        var policy = db.Policies.Local.FirstOrDefault(p => p.Id == proposal.PolicyId)
            ?? await db.Policies.FindAsync(proposal.PolicyId) ?? throw new InvalidOperationException($"Proposal {proposal.Number} has no policy yet.");
        var now = context.Now.UtcDateTime;
        db.AddOutboxMessage(new PolicyIssued(policy.Id, policy.Number, proposal.Id, proposal.Proposer.Name, proposal.Proposer.Email, proposal.Proposer.Phone,
            policy.Premium, policy.StartDate, policy.ExpiryDate, proposal.AgentUserName, now), now);
        context.Complete();
    }
}
