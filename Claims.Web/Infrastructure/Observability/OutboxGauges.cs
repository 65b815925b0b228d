using System.Diagnostics.Metrics;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Observability;

/// <summary>
/// The outbox's backlog (unsent rows) and the age of its oldest unsent row, as gauges. A gauge's callback must not hit
/// the database, so a loop samples both every <c>OpenTelemetry:OutboxSampleInterval</c> (15 s) and the gauges read the sample.
/// </summary>
public sealed class OutboxGauges : BackgroundService
{
    public const string MeterName = "Claims.Web";

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly ILogger<OutboxGauges> _logger;
    private long _backlog;
    private double _oldestAgeSeconds;

    public OutboxGauges(IServiceScopeFactory scopes, TimeProvider time, IMeterFactory meters, IConfiguration configuration, ILogger<OutboxGauges> logger)
    {
        (_scopes, _time, _logger) = (scopes, time, logger);
        _interval = configuration.GetValue("OpenTelemetry:OutboxSampleInterval", TimeSpan.FromSeconds(15));
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("claims.outbox.backlog", () => Interlocked.Read(ref _backlog), "{message}", "Outbox messages not sent yet.");
        meter.CreateObservableGauge("claims.outbox.oldest_age", () => Volatile.Read(ref _oldestAgeSeconds), "s", "Age of the oldest unsent outbox message.");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, _time);
        do
        {
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                _logger.LogWarning(ex, "Sampling the outbox backlog failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task SampleAsync(CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var unsent = db.OutboxMessages.Where(m => m.SentAt == null);
        var count = await unsent.LongCountAsync(ct);
        var oldest = count == 0 ? null : await unsent.MinAsync(m => (DateTime?)m.CreatedAt, ct);
        Interlocked.Exchange(ref _backlog, count);
        Volatile.Write(ref _oldestAgeSeconds, oldest is { } at ? Math.Max(0, (_time.GetUtcNow().UtcDateTime - at).TotalSeconds) : 0);
    }
}
