using Claims.Domain.Policies;
using Claims.Workflows.Engine;
using Claims.Workflows.Tasks;

namespace Claims.Web.Features.PolicyUnderwriting.Activities;

/// <summary>Records the decision of the underwriting task just completed on the proposal.</summary>
internal static class DecisionActivity
{
    public static async Task<Proposal> RecordAsync(ActivityExecutionContext context)
    {
        var proposal = await context.ProposalAsync();
        var task = await ProposalTasks.LatestCompletedAsync(context.Db(), context.WorkflowInstanceId, ProposalTasks.UnderwritingReview, default);
        Record(proposal, task, context.Now.UtcDateTime);
        return proposal;
    }

    /// <summary>The decision a completed review task carries (person, level, outcome and form data), recorded on the proposal.</summary>
    public static void Record(Proposal proposal, WorkTask task, DateTime now)
    {
        var data = task.DataJson is null ? null : System.Text.Json.Nodes.JsonNode.Parse(task.DataJson);
        var (kind, reason, loading, excess) = UnderwritingReviewValidator.Read(task.Outcome ?? "", data);
        var level = AuthorityLevels.OfRole(task.AssigneeRole ?? "") ?? proposal.ReviewLevel ?? AuthorityLevel.Underwriter;
        proposal.Decide(new UnderwriterDecision(
            kind ?? throw new InvalidOperationException($"Task {task.Id} carries no decision."), reason ?? "",
            level, task.CompletedBy ?? "", task.CompletedAt ?? now, loading, excess));
    }
}
