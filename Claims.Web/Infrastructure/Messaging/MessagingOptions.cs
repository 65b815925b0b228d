using System.ComponentModel.DataAnnotations;

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

    /// <summary>
    /// Prefix for queue and exchange names, so environments and test runs on one broker never share queues nor receive
    /// each other's messages. Nodes of one environment share it (they compete for the same queues).
    /// </summary>
    [Required(ErrorMessage = "is missing: the prefix of every queue and exchange name.")]
    public string QueuePrefix { get; set; } = "claims";

    /// <summary>
    /// RabbitMQ deletes a receive queue nobody has consumed from for this long (<c>x-expires</c>). For test runs and
    /// benchmarks with throwaway prefixes, whose queues would otherwise stay bound and collect every later publish.
    /// Leave it unset in production: a stopped node's queue must keep its messages.
    /// </summary>
    public TimeSpan? QueueExpiry { get; set; }

    /// <summary>How often the outbox relay looks for unsent messages.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "must be between 1 ms and 1 hour.")]
    public TimeSpan RelayInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Rows the relay claims per round trip. Each claim and each save of a batch takes the database's write lock (on
    /// SQLite the one writer lock the consumers' transactions wait for too), so fewer, larger batches keep the relay
    /// ahead of the consumers. In the delivery benchmark (5,000 reminders, SQLite) 500 a batch published them all in
    /// 3.1–3.5 s, where 100 took 3.3–3.8 s (docs/benchmarks.md, decision 0018).
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "must be between 1 and 100,000.")]
    public int RelayBatchSize { get; set; } = 500;

    /// <summary>
    /// Publishes the relay keeps in flight at once, each waiting for the broker's confirm: one at a time spends most of
    /// its time waiting for the round trip. The outbox never promised an order (consumers run several messages at once).
    /// </summary>
    [Range(1, 1_000, ErrorMessage = "must be between 1 and 1,000.")]
    public int RelayPublishConcurrency { get; set; } = 8;

    /// <summary>
    /// How long claimed rows stay reserved for one relay; after it they are free again (the relay died). A heartbeat renews
    /// the lease every third of it while a batch is held, so it can be short: a killed node's rows move within it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "must be between 1 s and 1 hour (the heartbeat renews it every third).")]
    public TimeSpan RelayLease { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest wait for the broker to accept one message.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00", ErrorMessage = "must be between 1 ms and 10 minutes.")]
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Run the outbox relay on this node (every node may; they claim rows, not the table).</summary>
    public bool RelayEnabled { get; set; } = true;

    /// <summary>In-process retries before a message moves to the endpoint's <c>_error</c> queue.</summary>
    public int RetryLimit { get; set; } = 5;
    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan RetryIntervalDelta { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Messages one endpoint handles at once.</summary>
    public int ConcurrentMessageLimit { get; set; } = 8;
}
