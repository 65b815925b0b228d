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
    private readonly IMediator _mediator;
    private readonly HashSet<Type> _handled;
    private long _watermark;

    public DemoMessagePump(IServiceProvider services)
    {
        _services = services;
        var consumers = ConsumerTypes();
        _handled = [.. consumers.SelectMany(MessageTypes)];
        _mediator = Bus.Factory.CreateMediator(cfg =>
        {
            foreach (var consumer in consumers)
            {
                cfg.Consumer(consumer, t => (CurrentScope.Value ?? throw new InvalidOperationException("No demo message scope.")).GetRequiredService(t));
            }
        });
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
                if (type is null || !_handled.Contains(type))
                {
                    continue;
                }

                var message = JsonSerializer.Deserialize(row.Body, type, JsonDefaults.Options)!;
                await using (var messageScope = _services.CreateAsyncScope())
                {
                    CurrentScope.Value = messageScope.ServiceProvider;
                    await _mediator.Publish(message, type, Pipe.Execute<PublishContext>(c => c.MessageId = row.MessageId), ct);
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
