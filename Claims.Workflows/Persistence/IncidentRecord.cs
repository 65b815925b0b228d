namespace Claims.Workflows.Persistence;

/// <summary>An activity fault: the instance stays Faulted until an Admin retries it.</summary>
public sealed class IncidentRecord
{
    private IncidentRecord() { }

    public long Id { get; private set; }
    public Guid WorkflowInstanceId { get; private set; }
    public string ActivityId { get; private set; } = "";
    public string ActivityType { get; private set; } = "";
    public string Message { get; private set; } = "";
    public DateTime Timestamp { get; private set; }
    public DateTime? ResolvedAt { get; private set; }

    public static IncidentRecord Create(Guid instanceId, string activityId, string activityType, string message, DateTime now) => new()
    {
        WorkflowInstanceId = instanceId,
        ActivityId = activityId,
        ActivityType = activityType,
        Message = message.Length > 4000 ? message[..4000] : message,
        Timestamp = now,
    };

    public void Resolve(DateTime now) => ResolvedAt = now;
}
