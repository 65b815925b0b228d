using System.Reflection;
using System.Text.Json;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using MassTransit;
using MassTransit.Mediator;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Seeding.Book;

/// <summary>
/// The demo book's relay: sends the outbox rows its steps wrote to the app's own consumers through an in-process
/// MassTransit mediator, in order and in the book's async flow (so they see its clock), and marks them sent as the relay
/// would. Messages of batch consumers (renewal reminders) are left to the node's relay after start.
/// </summary>
public sealed class DemoMessagePump
{
    private static readonly AsyncLocal<IServiceProvider?> CurrentScope = new();

    private readonly IServiceProvider _services;
    /// <summary>One mediator per consumer, so each consumer gets its own scope and transaction, as on the bus.</summary>
    private readonly List<(Type Consumer, string? Inbox, IMediator Mediator, HashSet<Type> Messages)> _consumers;
    private long _watermark;

    public DemoMessagePump(IServiceProvider services)
    {
        _services = services;
        _consumers = [.. ConsumerTypes().Select(consumer => (consumer,
            consumer.GetInterfaces().Contains(typeof(IInboxConsumer))
                ? (string?)consumer.GetProperty(nameof(IInboxConsumer.InboxName), BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
                : null,
            Bus.Factory.CreateMediator(cfg => cfg.Consumer(consumer,
                t => (CurrentScope.Value ?? throw new InvalidOperationException("No demo message scope.")).GetRequiredService(t))),
            MessageTypes(consumer).ToHashSet()))];
    }

    public int Sent { get; private set; }

    /// <summary>Skips what was in the outbox before the book started (the node's relay sends it).</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        _watermark = await db.OutboxMessages.MaxAsync(m => (long?)m.Id, ct) ?? 0;
    }

    /// <summary>Sends every new row, and the rows their consumers write, until the outbox is quiet.</summary>
    public async Task DrainAsync(CancellationToken ct)
    {
        while (true)
        {
            await using var scope = _services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
            var rows = await db.OutboxMessages.Where(m => m.Id > _watermark && m.SentAt == null).OrderBy(m => m.Id).Take(100).ToListAsync(ct);
            if (rows.Count == 0)
            {
                return;
            }

            foreach (var row in rows)
            {
                _watermark = row.Id;
                var type = Type.GetType(row.MessageType, throwOnError: false);
                if (type is null || !_consumers.Any(c => c.Messages.Contains(type)))
                {
                    continue;
                }

                var message = JsonSerializer.Deserialize(row.Body, type, JsonDefaults.Options)!;
                foreach (var (_, inbox, mediator, _) in _consumers.Where(c => c.Messages.Contains(type)))
                {
                    await using var messageScope = _services.CreateAsyncScope();
                    CurrentScope.Value = messageScope.ServiceProvider;
                    Task Publish(CancellationToken token) => mediator.Publish(message, type, Pipe.Execute<PublishContext>(c => c.MessageId = row.MessageId), token);
                    if (inbox is null)
                    {
                        await Publish(ct);
                    }
                    else
                    {
                        // The bus commits an inbox consumer's effect in its inbox filter; a mediator has none, so the pump does it.
                        await InboxGuard.ProcessOnceAsync(messageScope.ServiceProvider.GetRequiredService<ClaimsDbContext>(), row.MessageId, inbox,
                            messageScope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, Publish, ct);
                    }

                    CurrentScope.Value = null;
                }

                row.MarkSent(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
                Sent++;
            }

            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The app's consumers of single messages (a batch consumer needs the bus's batching).</summary>
    private static List<Type> ConsumerTypes() =>
        [.. new[] { typeof(DemoMessagePump).Assembly, typeof(OutboxMessage).Assembly }.SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && MessageTypes(t).Any()).OrderBy(t => t.FullName)];

    private static IEnumerable<Type> MessageTypes(Type consumer) =>
        consumer.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))
            .Select(i => i.GetGenericArguments()[0])
            .Where(m => !(m.IsGenericType && m.GetGenericTypeDefinition() == typeof(Batch<>)));
}
