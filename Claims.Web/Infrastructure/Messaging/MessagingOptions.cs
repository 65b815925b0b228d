namespace Claims.Web.Infrastructure.Messaging;

public enum MessagingTransport { InMemory, RabbitMq }

/// <summary>Bound from the <c>Messaging</c> section.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    public MessagingTransport Transport { get; set; } = MessagingTransport.InMemory;
    public string Host { get; set; } = "127.0.0.1";
    public ushort Port { get; set; } = 5672;
    public string VirtualHost { get; set; } = "/";
    public string User { get; set; } = "guest";
    public string Password { get; set; } = "guest";

    /// <summary>Prefix for queue names, so test runs and environments never share queues.</summary>
    public string QueuePrefix { get; set; } = "claims";

    /// <summary>How often the outbox relay looks for unsent messages.</summary>
    public TimeSpan RelayInterval { get; set; } = TimeSpan.FromMilliseconds(250);
}
