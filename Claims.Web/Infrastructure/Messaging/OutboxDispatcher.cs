using System.Collections.Concurrent;
using System.Text.Json;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Messaging;
using MassTransit;

namespace Claims.Web.Infrastructure.Messaging;

/// <summary>
/// Publishes one claimed batch, <see cref="MessagingOptions.RelayPublishConcurrency"/> rows at a time: each under its own
/// MessageId, then marks it sent or failed (with backoff).
/// </summary>
public sealed class OutboxDispatcher(ClaimsDbContext db, IPublishEndpoint bus, MessagingOptions options, TimeProvider time, ILogger<OutboxDispatcher> logger)
{
    private static readonly ConcurrentDictionary<string, Type?> Types = new();

    /// <summary>Returns how many rows were claimed, so the relay knows whether more are waiting.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken ct)
    {
        var started = time.GetUtcNow().UtcDateTime;
        var rows = await OutboxClaims.ClaimAsync(db, started, options.RelayBatchSize, options.RelayLease, ct);
        // Stop while the lease still holds, so marking the rows sent never races another relay.
        var stopBy = started + options.RelayLease / 2;
        foreach (var chunk in rows.Chunk(Math.Max(1, options.RelayPublishConcurrency)))
        {
            if (time.GetUtcNow().UtcDateTime >= stopBy)
            {
                break;
            }

            await Task.WhenAll(chunk.Select(row => PublishAsync(row, ct)));
        }

        if (rows.Count > 0)
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return rows.Count;
    }

    private async Task PublishAsync(OutboxMessage row, CancellationToken ct)
    {
        try
        {
            var type = Types.GetOrAdd(row.MessageType, name => Type.GetType(name, throwOnError: false))
                ?? throw new InvalidOperationException($"Unknown message type '{row.MessageType}'.");
            var message = JsonSerializer.Deserialize(row.Body, type, JsonDefaults.Options)
                ?? throw new InvalidOperationException($"Outbox message {row.Id} has an empty body.");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.PublishTimeout);
            await bus.Publish(message, type, Pipe.Execute<PublishContext>(c => c.MessageId = row.MessageId), timeout.Token);
            row.MarkSent(time.GetUtcNow().UtcDateTime);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            row.MarkFailed($"{ex.GetType().Name}: {ex.Message}", time.GetUtcNow().UtcDateTime);
            logger.LogWarning(ex, "Outbox message {OutboxId} ({MessageType}) failed, attempt {Attempts}; next at {NextAttemptAt:O}",
                row.Id, row.MessageType, row.Attempts, row.NextAttemptAt);
        }
    }
}
