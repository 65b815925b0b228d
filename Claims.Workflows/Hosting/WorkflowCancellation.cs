using Claims.Workflows.Engine;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Workflows.Hosting;

public enum CancelOutcome { Cancelled, NotFound, AlreadyEnded }

/// <summary>
/// Stops an instance that is running or waiting: its bookmarks are consumed, its open tasks cancelled and its timers
/// dropped, so nothing resumes it. Staged on the caller's unit of work like every other workflow effect.
/// Children it waits for are cancelled with it; a parent waiting for it is resumed (its dispatch then faults) when a
/// <see cref="IWorkflowDispatcher"/> is given.
/// </summary>
public static class WorkflowCancellation
{
    public static async Task<CancelOutcome> CancelAsync(
        DbContext db, Guid instanceId, DateTime now, CancellationToken ct, IWorkflowDispatcher? dispatcher = null) =>
        await CancelAsync(db, instanceId, now, dispatcher, notifyParent: true, ct);

    private static async Task<CancelOutcome> CancelAsync(
        DbContext db, Guid instanceId, DateTime now, IWorkflowDispatcher? dispatcher, bool notifyParent, CancellationToken ct)
    {
        var instance = await db.Set<WorkflowInstanceRecord>().SingleOrDefaultAsync(i => i.Id == instanceId, ct);
        if (instance is null)
        {
            return CancelOutcome.NotFound;
        }

        if (instance.Status is not (WorkflowStatus.Running or WorkflowStatus.Suspended))
        {
            return CancelOutcome.AlreadyEnded;
        }

        var children = new List<Guid>();
        foreach (var bookmark in await db.Set<BookmarkRecord>().Where(b => b.WorkflowInstanceId == instanceId && b.ConsumedAt == null).ToListAsync(ct))
        {
            bookmark.Consume(now);
            if (bookmark.Kind == nameof(BookmarkKind.ChildWorkflow) && Guid.TryParse(bookmark.Name, out var child))
            {
                children.Add(child);
            }
        }

        foreach (var task in await db.Set<WorkTask>().Where(t => t.WorkflowInstanceId == instanceId && t.Status == WorkTaskStatus.Open).ToListAsync(ct))
        {
            task.Cancel(now);
        }

        db.Set<WorkflowTimerRecord>().RemoveRange(await db.Set<WorkflowTimerRecord>().Where(t => t.WorkflowInstanceId == instanceId).ToListAsync(ct));
        var state = WorkflowState.FromJson(instance.StateJson);
        state.Status = WorkflowStatus.Cancelled;
        state.Bookmarks.Clear();
        state.UpdatedAt = new DateTimeOffset(now, TimeSpan.Zero);
        state.FinishedAt = state.UpdatedAt;
        instance.Apply(WorkflowStatus.Cancelled, state.ToJson(), instance.IncidentCount, now);
        foreach (var child in children)
        {
            await CancelAsync(db, child, now, dispatcher, notifyParent: false, ct); // its parent is this instance, already ended
        }

        if (notifyParent && dispatcher is not null && state.Parent is { BookmarkId: not null } parent)
        {
            dispatcher.CompleteParent(parent, new ChildCompletion(state.Id, state.DefinitionId, WorkflowStatus.Cancelled, null));
        }

        return CancelOutcome.Cancelled;
    }
}
