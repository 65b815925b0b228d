using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Tasks;

/// <summary>
/// The tasks of one business object (a claim, a proposal, an audit) across its workflow and the sub-workflows that
/// workflow started: a child serves its parent's object and shares its correlation "name:id" (decision 0023). The one
/// lookup for pages, validators and the demo book, so a task moved into a shared sub-flow is still found on its object.
/// </summary>
public static class BusinessTasks
{
    /// <summary>Tasks of the instance and of every instance serving the same business object; none without an instance.</summary>
    public static IQueryable<WorkTask> OfInstance(ClaimsDbContext db, Guid? instanceId)
    {
        if (instanceId is null)
        {
            return db.WorkTasks.Where(t => false);
        }

        var correlation = db.Set<WorkflowInstanceRecord>().Where(i => i.Id == instanceId && i.CorrelationId != null).Select(i => i.CorrelationId);
        var related = db.Set<WorkflowInstanceRecord>().Where(i => correlation.Contains(i.CorrelationId)).Select(i => (Guid?)i.Id);
        return db.WorkTasks.Where(t => t.WorkflowInstanceId == instanceId || related.Contains(t.WorkflowInstanceId));
    }

    /// <summary>The ids of the business objects of that name the given instances serve, by instance (instances serving none are left out).</summary>
    public static async Task<Dictionary<Guid, Guid>> ObjectIdsAsync(ClaimsDbContext db, IReadOnlyCollection<Guid> instanceIds, string objectName, CancellationToken ct)
    {
        var rows = await db.Set<WorkflowInstanceRecord>().AsNoTracking().Where(i => instanceIds.Contains(i.Id) && i.CorrelationId != null)
            .Select(i => new { i.Id, i.CorrelationId }).ToListAsync(ct);
        var result = new Dictionary<Guid, Guid>();
        foreach (var row in rows)
        {
            if (Parse(row.CorrelationId, objectName) is { } id)
            {
                result[row.Id] = id;
            }
        }

        return result;
    }

    /// <summary>The id of the business object of that name a task serves, through its instance's correlation "name:id".</summary>
    public static async Task<Guid?> ObjectIdAsync(ClaimsDbContext db, WorkTask task, string objectName, CancellationToken ct)
    {
        if (task.WorkflowInstanceId is null)
        {
            return null;
        }

        var correlation = await db.Set<WorkflowInstanceRecord>().AsNoTracking().Where(i => i.Id == task.WorkflowInstanceId)
            .Select(i => i.CorrelationId).FirstOrDefaultAsync(ct);
        return Parse(correlation, objectName);
    }

    private static Guid? Parse(string? correlation, string objectName) =>
        correlation is not null && correlation.Length > objectName.Length && correlation[objectName.Length] == ':'
        && correlation.StartsWith(objectName, StringComparison.Ordinal) && Guid.TryParse(correlation[(objectName.Length + 1)..], out var id)
            ? id
            : null;
}
