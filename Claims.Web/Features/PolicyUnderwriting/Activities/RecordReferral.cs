using Claims.Domain.Policies;
using Claims.Web.Features.Tasks;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.PolicyUnderwriting.Activities;

/// <summary>
/// After the referral-approval sub-flow: records its decisions on the proposal in the order they were taken (a referral on to
/// head office, then the accept, load, higher excess or decline), as the inline review loop of v2 recorded each in turn.
/// </summary>
[Activity("Policy.RecordReferral", Category = "Policy", DisplayName = "Record referral",
    Description = "Records the decisions of the referral-approval sub-flow on the proposal and routes on the last one.")]
[FlowNode("Accepted", "Declined")]
public sealed class RecordReferral : Activity
{
    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var proposal = await context.ProposalAsync();
        var kinds = new List<string> { ProposalTasks.ReferralReview, ProposalTasks.ReferralSeniorReview };
        var recorded = proposal.Decisions.Count;
        var tasks = await BusinessTasks.OfInstance(context.Db(), context.WorkflowInstanceId).AsNoTracking()
            .Where(t => t.Status == WorkTaskStatus.Completed && kinds.Contains(t.Kind) && t.WorkflowInstanceId != context.WorkflowInstanceId)
            .ToListAsync();
        foreach (var task in tasks.Where(t => t.CompletedAt >= LastDecisionAt(proposal)).OrderBy(t => t.CompletedAt))
        {
            DecisionActivity.Record(proposal, task, context.Now.UtcDateTime);
        }

        if (proposal.Decisions.Count == recorded || proposal.Status == ProposalStatus.Referred)
        {
            throw new InvalidOperationException($"The referral of proposal {proposal.Number} ended without a decision.");
        }

        context.Complete(proposal.Status == ProposalStatus.Declined ? "Declined" : "Accepted");
    }

    /// <summary>Only the referral's own decisions: those taken after the referral up that started it.</summary>
    private static DateTime LastDecisionAt(Proposal proposal) => proposal.Decisions.Count == 0 ? DateTime.MinValue : proposal.Decisions[^1].At;
}
