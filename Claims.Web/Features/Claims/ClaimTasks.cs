using Claims.Domain.Claims;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Claims;

/// <summary>A claim's tasks, including those of the sub-flows its workflow started (the settlement approval), and a task's claim.</summary>
public static class ClaimTasks
{
    /// <summary>The referral-approval sub-flow's task kinds, which on a claim are the settlement approval.</summary>
    public const string ReferralReview = nameof(ReferralReview);
    public const string ReferralSeniorReview = nameof(ReferralSeniorReview);
    /// <summary>The inline approval task of motor-claim v1, which claims started on v1 still wait at.</summary>
    public const string SeniorApprovalV1 = "SeniorApproval";

    public static bool IsSettlementApproval(string kind) => kind is ReferralReview or ReferralSeniorReview or SeniorApprovalV1;

    public static IQueryable<WorkTask> Of(ClaimsDbContext db, Claim claim) => BusinessTasks.OfInstance(db, claim.WorkflowInstanceId);

    public static IQueryable<WorkTask> Of(ClaimsDbContext db, Guid? workflowInstanceId) => BusinessTasks.OfInstance(db, workflowInstanceId);

    /// <summary>The claim's id for a task of its workflow or of a sub-flow it started.</summary>
    public static async Task<Guid?> ClaimIdAsync(ClaimsDbContext db, WorkTask task, CancellationToken ct) =>
        await BusinessTasks.ObjectIdAsync(db, task, ClaimBusinessObject.ObjectName, ct)
        ?? await db.Claims.AsNoTracking().Where(c => c.WorkflowInstanceId == task.WorkflowInstanceId && task.WorkflowInstanceId != null)
            .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);

    /// <summary>The claim (untracked) a task belongs to, or null when the task serves no claim.</summary>
    public static async Task<Claim?> ClaimOfAsync(ClaimsDbContext db, WorkTask task, CancellationToken ct) =>
        await ClaimIdAsync(db, task, ct) is { } id ? await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) : null;
}
