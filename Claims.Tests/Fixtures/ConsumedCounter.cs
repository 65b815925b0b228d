using System.Collections.Concurrent;
using MassTransit;

namespace Claims.Tests.Fixtures;

/// <summary>Counts finished consume attempts per message id, duplicates included, so a test knows when a redelivery was handled.</summary>
public sealed class ConsumedCounter : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _consumed = new();

    public int Count(Guid messageId) => _consumed.GetValueOrDefault(messageId);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.MessageId is { } id)
        {
            _consumed.AddOrUpdate(id, 1, (_, n) => n + 1);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
