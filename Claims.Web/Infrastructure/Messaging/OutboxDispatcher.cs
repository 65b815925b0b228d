using System.Collections.Concurrent;
using System.Text.Json;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Faults;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Messaging;

/// <summary>
/// One batch of the relay, in its own scope: claims due rows, publishes them with <see cref="MessagingOptions.RelayPublishConcurrency"/>
/// in flight, each under its own MessageId, marking each sent or failed (with backoff), and saves the marks. The phases
/// are separate so the relay can claim the next batch and save the last one while this one is on the wire.
/// </summary>
public sealed class OutboxDispatcher(
    ClaimsDbContext db, IPublishEndpoint bus, MessagingOptions options, OutboxLeases leases, TimeProvider time, ILogger<OutboxDispatcher> logger)
    : IDisposable
{
    private static readonly ConcurrentDictionary<string, Type?> Types = new();

    private IReadOnlyList<OutboxMessage> _rows = [];
    private string _claimant = "";

    /// <summary>Rows claimed by <see cref="ClaimAsync"/>.</summary>
    public int Count => _rows.Count;

    /// <summary>Leases up to <see cref="MessagingOptions.RelayBatchSize"/> due rows to this batch (<see cref="Count"/>).</summary>
    public async Task ClaimAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        _claimant = leases.Hold(now + options.RelayLease);
        _rows = await OutboxClaims.ClaimAsync(db, now, options.RelayBatchSize, options.RelayLease, _claimant, ct);
    }

    /// <summary>
    /// Publishes the claimed rows and marks them (not saved yet), keeping <see cref="MessagingOptions.RelayPublishConcurrency"/>
    /// publishes in flight: a confirm that comes back late holds up one slot, not a whole round. Stops starting publishes
    /// once less than half the lease is left (the heartbeat renews it), so saving the marks never races another relay.
    /// </summary>
    public Task PublishAsync(CancellationToken ct)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.RelayPublishConcurrency), CancellationToken = ct };
        return Parallel.ForEachAsync(_rows, parallel, async (row, token) =>
        {
            if (time.GetUtcNow().UtcDateTime < leases.HeldUntil(_claimant) - options.RelayLease / 2)
            {
                await PublishAsync(row, token);
            }
        });
    }

    /// <summary>
    /// Saves the marks: the sent rows in one statement (stamped with the batch's last confirm), the failed ones, rare,
    /// through the change tracker. Rows the batch never tried (it started past half its lease, as a batch claimed ahead
    /// does when a broker outage stalls the one before it) are released, due now, so the next claim takes them instead of
    /// waiting for the lease; a row is released only while this batch still holds it.
    /// </summary>
    public async Task SaveAsync()
    {
        try
        {
            await SaveMarksAsync();
        }
        finally
        {
            leases.Release(_claimant);
        }
    }

    /// <summary>A batch dropped unsaved stops being renewed: its rows are free when the lease ends.</summary>
    public void Dispose() => leases.Release(_claimant);

    private async Task SaveMarksAsync()
    {
        var sent = _rows.Where(r => r.SentAt is not null).ToList();
        if (sent.Count > 0)
        {
            var ids = sent.Select(r => r.Id).ToList();
            var at = sent.Max(r => r.SentAt!.Value);
            await db.OutboxMessages.Where(m => ids.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, at).SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
            foreach (var row in sent)
            {
                db.Entry(row).State = EntityState.Unchanged;
            }
        }

        var untried = _rows.Where(r => r.SentAt is null && db.Entry(r).State == EntityState.Unchanged).ToList();
        if (untried.Count > 0)
        {
            await OutboxClaims.ReleaseAsync(db, untried.Select(r => r.Id).ToList(), _claimant, time.GetUtcNow().UtcDateTime, CancellationToken.None);
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task PublishAsync(OutboxMessage row, CancellationToken ct)
    {
        try
        {
            var type = Types.GetOrAdd(row.MessageType, OutboxWriter.ResolveMessageType)
                ?? throw new InvalidOperationException($"Unknown message type '{row.MessageType}'.");
            var message = JsonSerializer.Deserialize(row.Body, type, JsonDefaults.Options)
                ?? throw new InvalidOperationException($"Outbox message {row.Id} has an empty body.");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.PublishTimeout);
            await bus.Publish(message, type, Pipe.Execute<PublishContext>(c => c.MessageId = row.MessageId), timeout.Token);
            FaultHook.Hit(FaultPoint.AfterPublish);
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
