using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.PolicyUnderwriting;

/// <summary>
/// The task kinds of the policy-underwriting workflow and how to find a proposal's tasks. From v3 a referral up runs in the
/// shared referral-approval sub-flow, whose review and senior review serve the proposal through its correlation.
/// </summary>
public static class ProposalTasks
{
    public const string AgentDisclosure = nameof(AgentDisclosure);
    public const string UnderwritingReview = nameof(UnderwritingReview);
    public const string ReferralReview = nameof(ReferralReview);
    public const string ReferralSeniorReview = nameof(ReferralSeniorReview);
    public const string WorkflowId = "policy-underwriting";

    /// <summary>The kinds an underwriter decides on: the first review, and a referral's review and senior review.</summary>
    public static readonly string[] ReviewKinds = [UnderwritingReview, ReferralReview, ReferralSeniorReview];

    public static bool IsReferral(string kind) => kind is ReferralReview or ReferralSeniorReview;

    /// <summary>The task's outcome for an underwriter's decision: a referral's review names referring up "Refer".</summary>
    public static string OutcomeFor(WorkTask task, string outcome) => outcome == "ReferUp" && task.Kind == ReferralReview ? "Refer" : outcome;

    /// <summary>The proposal's newest open task (of that kind), its sub-flows' included.</summary>
    public static Task<WorkTask?> OpenAsync(ClaimsDbContext db, Guid? instanceId, string? kind, CancellationToken ct) =>
        OpenOfKindsAsync(db, instanceId, kind is null ? [] : [kind], ct);

    /// <summary>The proposal's newest open task of any of the kinds (any kind when none are given).</summary>
    public static Task<WorkTask?> OpenOfKindsAsync(ClaimsDbContext db, Guid? instanceId, IReadOnlyCollection<string> kinds, CancellationToken ct)
    {
        var open = BusinessTasks.OfInstance(db, instanceId).AsNoTracking().Where(t => t.Status == WorkTaskStatus.Open);
        var list = kinds.ToList();
        return (list.Count == 0 ? open : open.Where(t => list.Contains(t.Kind))).OrderByDescending(t => t.CreatedAt).FirstOrDefaultAsync(ct);
    }

    /// <summary>Open reviews of proposals (a referral serving a claim is not an underwriter's) for any of the roles.</summary>
    public static IQueryable<WorkTask> OpenReviews(ClaimsDbContext db, IReadOnlyCollection<string> roles)
    {
        var prefix = ProposalLoader.ObjectName + ":";
        var kinds = ReviewKinds.ToList();
        var roleList = roles.ToList();
        var proposalInstances = db.Set<WorkflowInstanceRecord>().Where(i => i.CorrelationId != null && i.CorrelationId.StartsWith(prefix)).Select(i => (Guid?)i.Id);
        return db.WorkTasks.Where(t => kinds.Contains(t.Kind) && t.Status == WorkTaskStatus.Open && roleList.Contains(t.AssigneeRole!)
            && (t.Kind == UnderwritingReview || proposalInstances.Contains(t.WorkflowInstanceId)));
    }

    /// <summary>The task just completed, whose person, outcome and data the next activity records.</summary>
    public static async Task<WorkTask> LatestCompletedAsync(ClaimsDbContext db, Guid instanceId, string kind, CancellationToken ct) =>
        await db.WorkTasks.AsNoTracking()
            .Where(t => t.WorkflowInstanceId == instanceId && t.Status == WorkTaskStatus.Completed && t.Kind == kind)
            .OrderByDescending(t => t.CompletedAt).FirstOrDefaultAsync(ct)
        ?? throw new InvalidOperationException($"No completed {kind} task on instance {instanceId}.");

    /// <summary>The proposal a task belongs to, through its workflow instance's correlation "proposal:{id}".</summary>
    public static Task<Guid?> ProposalIdAsync(ClaimsDbContext db, WorkTask task, CancellationToken ct) =>
        BusinessTasks.ObjectIdAsync(db, task, ProposalLoader.ObjectName, ct);
}
