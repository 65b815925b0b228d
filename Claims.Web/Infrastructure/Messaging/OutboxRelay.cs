namespace Claims.Web.Infrastructure.Messaging;

/// <summary>Sends what the outbox holds: wakes on the commit signal or every RelayInterval, and never dies on an error.</summary>
public sealed class OutboxRelay(IServiceScopeFactory scopes, OutboxSignal signal, MessagingOptions options, ILogger<OutboxRelay> logger) : BackgroundService
{
    private static readonly TimeSpan MaxErrorDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var errors = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.RelayInterval;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var claimed = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchBatchAsync(stoppingToken);
                errors = 0;
                if (claimed >= options.RelayBatchSize)
                {
                    continue; // more are waiting
                }
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
}
