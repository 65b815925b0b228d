using Claims.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace Claims.Workflows.Tasks;

/// <summary>The work task of a human-task bookmark: opened on the unit of work with the bookmark, cancelled when the bookmark goes unresumed.</summary>
public static class BookmarkTasks
{
    public static void Open(DbContext db, Bookmark bookmark, Guid instanceId, DateTime now)
    {
        var task = HumanTaskBookmark.FromJson(bookmark.Payload);
        db.Set<WorkTask>().Add(WorkTask.Open(
            Text(task.Kind) ?? bookmark.Name ?? "Task",
            Text(task.Subject) ?? bookmark.ActivityType,
            Text(task.AssigneeRole),
            Text(task.AssigneeUser),
            now,
            task.DueAt?.UtcDateTime,
            Text(task.Link),
            task.OfferedOutcomes.Where(o => o.Length > 0),
            bookmark.Id,
            instanceId,
            Text(task.EscalateTo)));
    }

    /// <summary>Cancels the task of a consumed bookmark, if it has one.</summary>
    public static void Cancel(DbContext db, Guid bookmarkId, DateTime now)
    {
        var task = TrackedTask(db, bookmarkId) ?? db.Set<WorkTask>().SingleOrDefault(t => t.BookmarkId == bookmarkId);
        task?.Cancel(now);
    }

    /// <summary>A task staged or loaded earlier in this unit of work, found without a DetectChanges pass (its bookmark id never changes).</summary>
    private static WorkTask? TrackedTask(DbContext db, Guid bookmarkId)
    {
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return db.Set<WorkTask>().Local.FirstOrDefault(t => t.BookmarkId == bookmarkId);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
