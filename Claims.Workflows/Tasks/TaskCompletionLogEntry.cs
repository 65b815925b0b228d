namespace Claims.Workflows.Tasks;

/// <summary>One row per completion the workflow side has received: an audit trail and an observable effect of the consumer.</summary>
public sealed class TaskCompletionLogEntry
{
    private TaskCompletionLogEntry() { }

    public long Id { get; private set; }
    public Guid TaskId { get; private set; }
    public Guid MessageId { get; private set; }
    public string Outcome { get; private set; } = "";
    public string CompletedBy { get; private set; } = "";
    public DateTime CompletedAt { get; private set; }
    public DateTime RecordedAt { get; private set; }

    public static TaskCompletionLogEntry Record(Guid taskId, Guid messageId, string outcome, string completedBy, DateTime completedAt, DateTime now) => new()
    {
        TaskId = taskId,
        MessageId = messageId,
        Outcome = outcome,
        CompletedBy = completedBy,
        CompletedAt = completedAt,
        RecordedAt = now,
    };
}
