using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Engine;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Benchmarks.Engine;

/// <summary>The physical limit: the same rows as the engine writes, through EF Core alone, with no engine in between.</summary>
internal static class RawWrites
{
    /// <summary>Stages one waiting instance: instance, bookmark, task and journal rows; returns the bookmark id.</summary>
    public static Guid Start(ClaimsDbContext db, RowTemplates t, DateTime now)
    {
        var w = t.Waiting;
        var instance = WorkflowInstanceRecord.Create(Guid.CreateVersion7(), w.DefinitionId, w.DefinitionVersionId, w.DefinitionVersion, null, now);
        instance.Apply(WorkflowStatus.Suspended, w.StateJson, 0, now);
        db.Add(instance);
        var b = t.Bookmark;
        var bookmark = BookmarkRecord.Create(Guid.CreateVersion7(), instance.Id, b.ActivityId, b.Kind, b.Name, null, b.PayloadJson, now);
        db.Add(bookmark);
        var k = t.Task;
        db.Add(WorkTask.Open(k.Kind, k.Subject, k.AssigneeRole, k.AssigneeUser, now, k.DueAt, null, k.Outcomes, bookmark.Id, instance.Id, k.EscalateTo));
        AddJournal(db, instance.Id, t.StartJournal, now);
        return bookmark.Id;
    }

    /// <summary>Stages the resume of a batch: three set-based reads, then bookmark consumed, task closed, instance finished, journal added.</summary>
    public static async Task ResumeAsync(ClaimsDbContext db, RowTemplates t, IReadOnlyCollection<Guid> bookmarkIds, DateTime now)
    {
        var bookmarks = await db.Set<BookmarkRecord>().Where(b => bookmarkIds.Contains(b.Id)).ToListAsync();
        var instanceIds = bookmarks.Select(b => b.WorkflowInstanceId).ToList();
        var instances = await db.Set<WorkflowInstanceRecord>().Where(i => instanceIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id);
        var tasks = await db.WorkTasks.Where(k => bookmarkIds.Contains(k.BookmarkId!.Value)).ToDictionaryAsync(k => k.BookmarkId!.Value);
        foreach (var bookmark in bookmarks)
        {
            bookmark.Consume(now);
            tasks[bookmark.Id].Cancel(now);
            instances[bookmark.WorkflowInstanceId].Apply(WorkflowStatus.Finished, t.FinishedStateJson, 0, now);
            AddJournal(db, bookmark.WorkflowInstanceId, t.ResumeJournal, now);
        }
    }

    private static void AddJournal(ClaimsDbContext db, Guid instanceId, IReadOnlyList<JournalRecord> rows, DateTime now)
    {
        foreach (var j in rows)
        {
            db.Add(JournalRecord.Create(instanceId, j.Sequence, j.ActivityId, j.NodeId, j.ActivityType, j.EventName, j.Outcome, j.Message, null, now));
        }
    }
}
