using Claims.Workflows.Engine;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Workflows.Hosting;

/// <summary>Turns a run's result into rows on the unit of work: nothing is saved here.</summary>
public sealed class WorkflowEffects(DbContext db, TimeProvider time, IEnumerable<IWorkflowDispatcher> dispatchers)
{
    private IWorkflowDispatcher Dispatcher => dispatchers.LastOrDefault()
        ?? throw new InvalidOperationException("This host has no IWorkflowDispatcher, so it cannot start or complete child workflows.");

    public void Stage(WorkflowInstanceRecord instance, RunResult result)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var state = result.State;
        foreach (var entry in result.NewJournalEntries)
        {
            db.Set<JournalRecord>().Add(JournalRecord.Create(instance.Id, entry.Sequence, entry.ActivityId, entry.NodeId,
                entry.ActivityType, entry.Event.ToString(), entry.Outcome, entry.Message, null, entry.Timestamp.UtcDateTime));
        }

        foreach (var incident in result.NewIncidents)
        {
            db.Set<IncidentRecord>().Add(IncidentRecord.Create(instance.Id, incident.ActivityId, incident.ActivityType, incident.Message, incident.Timestamp.UtcDateTime));
        }

        foreach (var bookmark in result.CreatedBookmarks)
        {
            db.Set<BookmarkRecord>().Add(BookmarkRecord.Create(bookmark.Id, instance.Id, bookmark.ActivityId, bookmark.Kind.ToString(),
                bookmark.Name, instance.CorrelationId, bookmark.Payload?.ToJsonString(), now));
            if (bookmark.Kind == BookmarkKind.Timer)
            {
                db.Set<WorkflowTimerRecord>().Add(WorkflowTimerRecord.Create(bookmark.Id, instance.Id, (bookmark.FireAt ?? bookmark.CreatedAt).UtcDateTime));
            }
            else if (bookmark.Kind == BookmarkKind.HumanTask)
            {
                BookmarkTasks.Open(db, bookmark, instance.Id, now);
            }
        }

        foreach (var removed in result.RemovedBookmarks)
        {
            Consume(removed.Id, now);
        }

        foreach (var dispatch in result.Dispatches)
        {
            Dispatcher.StartChild(dispatch);
        }

        if (state is { Status: WorkflowStatus.Finished, Parent.BookmarkId: not null })
        {
            // Staged with the child's final state: the parent's resume commits exactly when the child's end does.
            Dispatcher.CompleteParent(state.Parent, new ChildCompletion(state.Id, state.DefinitionId, state.Status, state.Output));
        }

        // The journal lives in its own rows; the state keeps only what a later run needs.
        state.Journal.Clear();
        instance.Apply(state.Status, state.ToJson(), state.Incidents.Count, now);
    }

    /// <summary>
    /// A child whose wait a run dropped (a WaitAny join cancelled its branch, or the parent ended) is cancelled with it, so
    /// no orphan keeps its tasks; the parent, which moved on, is not told. A child not started yet is refused at its start.
    /// </summary>
    public async Task CancelDroppedChildrenAsync(RunResult result, Guid? resumedBookmark, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var dropped in result.RemovedBookmarks.Where(b => b.Kind == BookmarkKind.ChildWorkflow && b.Id != resumedBookmark))
        {
            if (Guid.TryParse(dropped.Name, out var child))
            {
                await WorkflowCancellation.CancelAsync(db, child, now, ct);
            }
        }
    }

    /// <summary>Resumes a waiting parent (also when its child is cancelled or could not start).</summary>
    public void CompleteParent(ParentLink parent, ChildCompletion completion) => Dispatcher.CompleteParent(parent, completion);

    public async Task ResolveIncidentsAsync(Guid instanceId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var incident in await db.Set<IncidentRecord>().Where(i => i.WorkflowInstanceId == instanceId && i.ResolvedAt == null).ToListAsync(ct))
        {
            incident.Resolve(now);
        }
    }

    private void Consume(Guid bookmarkId, DateTime now)
    {
        // Find looks in the identity map before querying; Local would run DetectChanges over every tracked row each call.
        var record = db.Set<BookmarkRecord>().Find(bookmarkId)
            ?? throw new InvalidOperationException($"Bookmark {bookmarkId} has no row.");
        record.Consume(now);
        if (record.Kind != nameof(BookmarkKind.HumanTask))
        {
            return; // only human-task bookmarks have a task row
        }

        BookmarkTasks.Cancel(db, bookmarkId, now);
    }
}
