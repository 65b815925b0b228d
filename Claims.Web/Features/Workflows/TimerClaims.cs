using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Claims.Web.Features.Workflows;

/// <summary>
/// Reads due, undispatched timers for the caller's open transaction and locks them to it. On PostgreSQL and SQL Server
/// rows another node's open transaction holds are skipped, not waited for (two nodes fire disjoint batches, and a node
/// that dies mid-batch releases its rows when its connection goes); SQLite has one writer, so a plain read is the lock.
/// </summary>
public static class TimerClaims
{
    public static Task<List<WorkflowTimerRecord>> DueAsync(ClaimsDbContext db, DateTime now, int take, CancellationToken ct) =>
        Query(db, now, take, only: null).ToListAsync(ct);

    public static Task<List<WorkflowTimerRecord>> OneAsync(ClaimsDbContext db, Guid id, DateTime now, CancellationToken ct) =>
        Query(db, now, 1, only: id).ToListAsync(ct);

    private static IQueryable<WorkflowTimerRecord> Query(ClaimsDbContext db, DateTime now, int take, Guid? only)
    {
        var timers = db.Set<WorkflowTimerRecord>();
        if (!db.Database.IsNpgsql() && !db.Database.IsSqlServer())
        {
            return timers.Where(t => t.DispatchedAt == null && t.FireAt <= now && (only == null || t.Id == only)).OrderBy(t => t.FireAt).Take(take);
        }

        var sql = db.GetService<ISqlGenerationHelper>();
        var entity = db.Model.FindEntityType(typeof(WorkflowTimerRecord))!;
        string Column(string name) => sql.DelimitIdentifier(name);
        var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var filter = $"{Column(nameof(WorkflowTimerRecord.DispatchedAt))} IS NULL AND {Column(nameof(WorkflowTimerRecord.FireAt))} <= {{0}}"
            + (only is null ? "" : $" AND {Column(nameof(WorkflowTimerRecord.Id))} = {{2}}");
        var order = Column(nameof(WorkflowTimerRecord.FireAt));
        object[] parameters = only is { } id ? [now, take, id] : [now, take];
        // Identifiers come from the model, values are parameters.
        var claim = db.Database.IsNpgsql()
            ? $"SELECT * FROM {table} WHERE {filter} ORDER BY {order} LIMIT {{1}} FOR UPDATE SKIP LOCKED"
            : $"SELECT TOP ({{1}}) * FROM {table} WITH (UPDLOCK, READPAST, ROWLOCK) WHERE {filter} ORDER BY {order}";
        return timers.FromSqlRaw(claim, parameters);
    }
}
