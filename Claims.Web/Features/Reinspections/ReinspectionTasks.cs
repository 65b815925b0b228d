using Claims.Domain.Reinspection;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Reinspections;

/// <summary>The task kinds of the reinspection-audit workflow and how to find an audit's tasks.</summary>
public static class ReinspectionTasks
{
    public const string WorkflowId = "reinspection-audit";
    public const string ReEstimate = nameof(ReEstimate);
    public const string AuditFeedback = nameof(AuditFeedback);
    public const string AuditDispute = nameof(AuditDispute);

    public static Task<WorkTask?> OpenAsync(ClaimsDbContext db, Guid? instanceId, CancellationToken ct) =>
        db.WorkTasks.AsNoTracking()
            .Where(t => t.WorkflowInstanceId == instanceId && t.Status == WorkTaskStatus.Open)
            .OrderByDescending(t => t.CreatedAt).FirstOrDefaultAsync(ct);

    public static Task<WorkTask?> LatestCompletedAsync(ClaimsDbContext db, Guid instanceId, string kind, CancellationToken ct) =>
        db.WorkTasks.AsNoTracking()
            .Where(t => t.WorkflowInstanceId == instanceId && t.Status == WorkTaskStatus.Completed && t.Kind == kind)
            .OrderByDescending(t => t.CompletedAt).FirstOrDefaultAsync(ct);

    public static Task<ReinspectionAudit?> AuditOfAsync(ClaimsDbContext db, WorkTask task, CancellationToken ct) =>
        db.ReinspectionAudits.AsNoTracking().SingleOrDefaultAsync(a => a.WorkflowInstanceId == task.WorkflowInstanceId, ct);
}
