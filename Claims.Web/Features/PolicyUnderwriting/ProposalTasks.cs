using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.PolicyUnderwriting;

/// <summary>The task kinds of the policy-underwriting workflow and how to find a proposal's tasks.</summary>
public static class ProposalTasks
{
    public const string AgentDisclosure = nameof(AgentDisclosure);
    public const string UnderwritingReview = nameof(UnderwritingReview);
    public const string WorkflowId = "policy-underwriting";

    public static Task<WorkTask?> OpenAsync(ClaimsDbContext db, Guid? instanceId, string? kind, CancellationToken ct) =>
        db.WorkTasks.AsNoTracking()
            .Where(t => t.WorkflowInstanceId == instanceId && t.Status == WorkTaskStatus.Open && (kind == null || t.Kind == kind))
            .OrderByDescending(t => t.CreatedAt).FirstOrDefaultAsync(ct);

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
