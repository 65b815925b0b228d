namespace Claims.Workflows.Persistence;

/// <summary>
/// A durable timer. Nodes claim due rows with a conditional update (ClaimedUntil in the past), so each
/// timer is dispatched by one node; the resume it queues is deduplicated by the bookmark.
/// </summary>
public sealed class WorkflowTimerRecord
{
    private WorkflowTimerRecord() { }

    /// <summary>Same as the bookmark id it resumes.</summary>
    public Guid Id { get; private set; }
    public Guid WorkflowInstanceId { get; private set; }
    public DateTime FireAt { get; private set; }
    public string? ClaimedBy { get; private set; }
    public DateTime? ClaimedUntil { get; private set; }
    public DateTime? DispatchedAt { get; private set; }

    public static WorkflowTimerRecord Create(Guid bookmarkId, Guid instanceId, DateTime fireAt) =>
        new() { Id = bookmarkId, WorkflowInstanceId = instanceId, FireAt = fireAt };

    public void MarkDispatched(DateTime now) => DispatchedAt = now;
}
