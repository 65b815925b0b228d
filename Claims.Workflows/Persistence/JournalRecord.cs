namespace Claims.Workflows.Persistence;

/// <summary>One execution journal entry: an activity started, completed, faulted or resumed.</summary>
public sealed class JournalRecord
{
    private JournalRecord() { }

    public long Id { get; private set; }
    public Guid WorkflowInstanceId { get; private set; }
    public long Sequence { get; private set; }
    public string ActivityId { get; private set; } = "";
    public string? NodeId { get; private set; }
    public string ActivityType { get; private set; } = "";
    public string EventName { get; private set; } = "";
    public string? Outcome { get; private set; }
    public string? Message { get; private set; }
    public string? PayloadJson { get; private set; }
    public DateTime Timestamp { get; private set; }

    public static JournalRecord Create(Guid instanceId, long sequence, string activityId, string? nodeId, string activityType, string eventName, string? outcome, string? message, string? payloadJson, DateTime timestamp) => new()
    {
        WorkflowInstanceId = instanceId,
        Sequence = sequence,
        ActivityId = activityId,
        NodeId = nodeId,
        ActivityType = activityType,
        EventName = eventName,
        Outcome = outcome,
        Message = message,
        PayloadJson = payloadJson,
        Timestamp = timestamp,
    };
}
