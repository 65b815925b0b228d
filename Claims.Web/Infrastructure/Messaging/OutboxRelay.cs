using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Faults;

namespace Claims.Web.Infrastructure.Messaging;

/// <summary>
/// Sends what the outbox holds: wakes on the commit signal or every RelayInterval, and never dies on an error. First it
/// takes back the rows an earlier run of this node had claimed; a heartbeat renews the leases of the batches it holds.
/// </summary>
public sealed class OutboxRelay(
    IServiceScopeFactory scopes, OutboxSignal signal, OutboxLeases leases, MessagingOptions options, TimeProvider time, ILogger<OutboxRelay> logger)
    : BackgroundService
{
    private static readonly TimeSpan MaxErrorDelay = TimeSpan.FromSeconds(30);

    private bool _reclaimed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var heartbeat = HeartbeatAsync(stoppingToken);
        await RelayLoopAsync(stoppingToken);
        await heartbeat;
    }

    private async Task RelayLoopAsync(CancellationToken stoppingToken)
    {
        var errors = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.RelayInterval;
            try
            {
                await ReclaimOnceAsync(stoppingToken);
                await RelayDueAsync(stoppingToken);
                errors = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be down or not migrated yet: back off, keep going.
                errors++;
                wait = TimeSpan.FromMilliseconds(Math.Min(MaxErrorDelay.TotalMilliseconds, options.RelayInterval.TotalMilliseconds * Math.Pow(2, errors)));
                logger.LogError(ex, "Outbox relay round failed ({Errors} in a row); retrying in {Delay}", errors, wait);
            }

            try
            {
                await signal.WaitAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Renews the held batches' leases every third of the lease, so a long batch keeps its rows and a dead node's go soon.</summary>
    private async Task HeartbeatAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.RelayLease / 3, time, ct);
                await using var scope = scopes.CreateAsyncScope();
                await leases.RenewAsync(scope.ServiceProvider.GetRequiredService<ClaimsDbContext>(), ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The batch stops publishing at half its lease and its rows free themselves at the end: only speed is lost.
                logger.LogWarning(ex, "Outbox lease renewal failed");
            }
        }
    }

    /// <summary>Frees the rows an earlier run of this node claimed and never marked (it was killed), once per start.</summary>
    private async Task ReclaimOnceAsync(CancellationToken ct)
    {
        if (_reclaimed)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var freed = await OutboxClaims.ReclaimAsync(scope.ServiceProvider.GetRequiredService<ClaimsDbContext>(), leases.Node, time.GetUtcNow().UtcDateTime, ct);
        _reclaimed = true;
        if (freed > 0)
        {
            logger.LogInformation("Took back {Rows} outbox rows node {Node} had claimed before it restarted", freed, leases.Node);
        }
    }

    /// <summary>
    /// Relays batches until one comes back short, as a pipeline: while a batch is on the wire the next one is claimed and
    /// the previous one's marks are saved, so publishing never waits for the database (whose writer lock the consumers'
    /// transactions hold in turn). A batch claimed but not published when this stops keeps its lease and goes out after it.
    /// </summary>
    private async Task RelayDueAsync(CancellationToken ct)
    {
        Task<Batch>? claiming = Batch.ClaimAsync(scopes, ct);
        Task saving = Task.CompletedTask;
        try
        {
            while (claiming is not null)
            {
                var batch = await claiming;
                claiming = batch.Dispatcher.Count >= options.RelayBatchSize ? Batch.ClaimAsync(scopes, ct) : null;
                try
                {
                    FaultHook.Hit(FaultPoint.InRelay);
                    await batch.Dispatcher.PublishAsync(ct);
                }
                catch
                {
                    await batch.DisposeAsync();
                    throw;
                }

                // This batch's marks are saved even when the previous batch's save failed (that fails the round).
                var previous = saving;
                saving = batch.SaveAsync();
                await previous;
            }
        }
        finally
        {
            await Task.WhenAll(saving, DiscardAsync(claiming));
        }
    }

    /// <summary>A batch claimed ahead when the round failed: its rows keep their lease; its own failure is not the round's.</summary>
    private static async Task DiscardAsync(Task<Batch>? claiming)
    {
        if (claiming is null)
        {
            return;
        }

        try
        {
            await (await claiming).DisposeAsync();
        }
        catch (Exception)
        {
            // The round already failed with the error that stopped it.
        }
    }

    /// <summary>One batch's scope: its own unit of work, so batches overlap.</summary>
    private sealed record Batch(AsyncServiceScope Scope, OutboxDispatcher Dispatcher) : IAsyncDisposable
    {
        public static async Task<Batch> ClaimAsync(IServiceScopeFactory scopes, CancellationToken ct)
        {
            var scope = scopes.CreateAsyncScope();
            try
            {
                var dispatcher = scope.ServiceProvider.GetRequiredService<OutboxDispatcher>();
                await dispatcher.ClaimAsync(ct);
                return new Batch(scope, dispatcher);
            }
            catch
            {
                await scope.DisposeAsync();
                throw;
            }
        }

        public async Task SaveAsync()
        {
            await using (this)
            {
                await Dispatcher.SaveAsync();
            }
        }

        public ValueTask DisposeAsync() => Scope.DisposeAsync();
    }
}
