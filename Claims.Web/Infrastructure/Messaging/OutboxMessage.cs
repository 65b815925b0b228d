namespace Claims.Web.Infrastructure.Messaging;

/// <summary>A message written in the same transaction as the change that caused it; the relay sends it later.</summary>
public sealed class OutboxMessage
{
    private OutboxMessage() { }

    public long Id { get; private set; }
    public Guid MessageId { get; private set; }
    public string MessageType { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? SentAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTime? NextAttemptAt { get; private set; }
    public string? LastError { get; private set; }

    /// <summary>The relay batch holding the row while <see cref="NextAttemptAt"/> (its lease end) is ahead; null when free.</summary>
    public string? ClaimedBy { get; private set; }

    public static OutboxMessage Create(Guid messageId, string messageType, string body, DateTime now) => new()
    {
        MessageId = messageId,
        MessageType = messageType,
        Body = body,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    public void MarkSent(DateTime now)
    {
        SentAt = now;
        LastError = null;
    }

    /// <summary>Exponential backoff capped at five minutes.</summary>
    public void MarkFailed(string error, DateTime now)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        ClaimedBy = null;
        var delay = TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, Attempts)));
        NextAttemptAt = now + delay;
    }
}
