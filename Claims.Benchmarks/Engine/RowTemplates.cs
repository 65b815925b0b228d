using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Engine;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Benchmarks.Engine;

/// <summary>The rows one engine start and one resume wrote, copied from a real instance so raw EF writes the same bytes.</summary>
internal sealed record RowTemplates(
    WorkflowInstanceRecord Waiting, string FinishedStateJson, BookmarkRecord Bookmark, WorkTask Task,
    IReadOnlyList<JournalRecord> StartJournal, IReadOnlyList<JournalRecord> ResumeJournal)
{
    /// <summary>Inserted by a start: instance, bookmark, task and the journal.</summary>
    public int StartRows => 3 + StartJournal.Count;

    /// <summary>Written by a resume: instance, bookmark and task updated, the journal inserted.</summary>
    public int ResumeRows => 3 + ResumeJournal.Count;

    /// <summary>Reads a waiting instance's rows; call <see cref="WithResumeAsync"/> after it was resumed.</summary>
    public static async Task<RowTemplates> CaptureWaitingAsync(ClaimsDbContext db, Guid bookmarkId)
    {
        var bookmark = await db.Set<BookmarkRecord>().AsNoTracking().SingleAsync(b => b.Id == bookmarkId);
        var instance = await db.Set<WorkflowInstanceRecord>().AsNoTracking().SingleAsync(i => i.Id == bookmark.WorkflowInstanceId);
        var task = await db.WorkTasks.AsNoTracking().SingleAsync(t => t.BookmarkId == bookmarkId);
        var journal = await Journal(db, instance.Id);
        if (instance.Status != WorkflowStatus.Suspended)
        {
            throw new InvalidOperationException($"Instance {instance.Id} is {instance.Status}, not waiting.");
        }

        return new RowTemplates(instance, "", bookmark, task, journal, []);
    }

    public async Task<RowTemplates> WithResumeAsync(ClaimsDbContext db)
    {
        var finished = await db.Set<WorkflowInstanceRecord>().AsNoTracking().SingleAsync(i => i.Id == Waiting.Id);
        var journal = await Journal(db, Waiting.Id);
        return this with { FinishedStateJson = finished.StateJson, ResumeJournal = journal.Skip(StartJournal.Count).ToList() };
    }

    private static Task<List<JournalRecord>> Journal(ClaimsDbContext db, Guid instanceId) =>
        db.Set<JournalRecord>().AsNoTracking().Where(j => j.WorkflowInstanceId == instanceId).OrderBy(j => j.Sequence).ToListAsync();
}
