namespace Claims.Workflows.Persistence;

/// <summary>A durable wait point; resumed once by id (task API, timer) or by message name.</summary>
public sealed class BookmarkRecord
{
    private BookmarkRecord() { }

    public Guid Id { get; private set; }
    public Guid WorkflowInstanceId { get; private set; }
    public string ActivityId { get; private set; } = "";
    public string Kind { get; private set; } = "";
    /// <summary>For message bookmarks: the message name resumes it (with the correlation id).</summary>
    public string? Name { get; private set; }
    public string? CorrelationId { get; private set; }
    public string? PayloadJson { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? ConsumedAt { get; private set; }

    public static BookmarkRecord Create(Guid id, Guid instanceId, string activityId, string kind, string? name, string? correlationId, string? payloadJson, DateTime now) => new()
    {
        Id = id,
        WorkflowInstanceId = instanceId,
        ActivityId = activityId,
        Kind = kind,
        Name = name,
        CorrelationId = correlationId,
        PayloadJson = payloadJson,
        CreatedAt = now,
    };

    public void Consume(DateTime now) => ConsumedAt = now;

    /// <summary>A migration to another version moved the waiting activity; the bookmark, its task and its timer stay.</summary>
    public void Repoint(string activityId) => ActivityId = activityId;
}
