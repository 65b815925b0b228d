using System.Diagnostics.Metrics;
using MassTransit;

namespace Claims.Web.Infrastructure.Observability;

/// <summary>Queue lag: how long each message waited between being sent and a consumer starting on it, by message type.</summary>
public sealed class QueueLagObserver(IMeterFactory meters, TimeProvider time) : IConsumeObserver
{
    private readonly Histogram<double> _lag = meters.Create(OutboxGauges.MeterName)
        .CreateHistogram<double>("claims.messaging.queue_lag", "s", "Time from send to the start of consumption.");

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        if (context.SentTime is { } sent)
        {
            _lag.Record(Math.Max(0, (time.GetUtcNow().UtcDateTime - sent).TotalSeconds), new KeyValuePair<string, object?>("messaging.message_type", typeof(T).Name));
        }

        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
