namespace Claims.Workflows.Persistence;

/// <summary>
/// A durable timer. A node dispatches a due row by setting <see cref="DispatchedAt"/> under a concurrency check
/// (UPDATE … WHERE DispatchedAt IS NULL) together with the outbox command that fires it, so one node wins.
/// </summary>
public sealed class WorkflowTimerRecord
{
    private WorkflowTimerRecord() { }

    /// <summary>Same as the bookmark id it resumes.</summary>
    public Guid Id { get; private set; }
    public Guid WorkflowInstanceId { get; private set; }
    public DateTime FireAt { get; private set; }
    public DateTime? DispatchedAt { get; private set; }
    public string? DispatchedBy { get; private set; }

    public static WorkflowTimerRecord Create(Guid bookmarkId, Guid instanceId, DateTime fireAt) =>
        new() { Id = bookmarkId, WorkflowInstanceId = instanceId, FireAt = fireAt };

    public void MarkDispatched(string node, DateTime now)
    {
        DispatchedAt = now;
        DispatchedBy = node;
    }
}
