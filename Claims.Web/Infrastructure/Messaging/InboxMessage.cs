namespace Claims.Web.Infrastructure.Messaging;

/// <summary>A processed message id per consumer: a redelivery finds its row and has no second effect.</summary>
public sealed class InboxMessage
{
    private InboxMessage() { }

    public Guid MessageId { get; private set; }
    public string Consumer { get; private set; } = "";
    public DateTime ProcessedAt { get; private set; }

    public static InboxMessage Create(Guid messageId, string consumer, DateTime now) =>
        new() { MessageId = messageId, Consumer = consumer, ProcessedAt = now };
}
