using System.Net;
using System.Text.Json;
using Claims.Domain.Common;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Tasks;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Messaging;

/// <summary>The app on a real RabbitMQ broker; each test has its own queue prefix and deletes its queues.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RabbitMqTests(PostgresFixture postgres, RabbitMqFixture rabbit) : IClassFixture<RabbitMqFixture>
{
    [Fact]
    public async Task WorkTaskCompleted_SameMessageIdDeliveredTwice_HasOneEffect()
    {
        var counter = new ConsumedCounter();
        await using var app = new ClaimsAppFactory(DatabaseProvider.PostgreSql, await postgres.CreateDatabaseAsync(), MessagingTransport.RabbitMq)
        {
            TestServices = s => s.AddConsumeObserver(_ => counter),
        };
        await using var cleanup = await QueueCleanupAsync(app);
        var message = TestTasks.Completed();
        var messageId = NewId.NextGuid();

        var bus = app.Services.GetRequiredService<IBus>();
        await bus.Publish(message, c => c.MessageId = messageId);
        await bus.Publish(message, c => c.MessageId = messageId);

        // Two endpoints consume WorkTaskCompleted (the completion log and the renewal review), so two deliveries are four consumes.
        await Eventually.WaitAsync(() => Task.FromResult(counter.Count(messageId)), n => n == 4, TimeSpan.FromSeconds(30), "both deliveries");
        Assert.Equal(1, await app.WithDbAsync(db => db.TaskCompletionLog.CountAsync(e => e.TaskId == message.TaskId)));
        Assert.Equal(1, await app.WithDbAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == messageId && m.Consumer == WorkTaskCompletedConsumer.InboxName)));
    }

    [Fact]
    public async Task WorkTaskCompletedConsumer_AlwaysFails_MessageEndsInErrorQueueAfterRetries()
    {
        var faults = new FailingCompletionLog();
        await using var app = ClaimsAppFactory.WithSqlite(MessagingTransport.RabbitMq);
        app.TestServices = s => s.AddSingleton<IInterceptor>(faults);
        await using var cleanup = await QueueCleanupAsync(app);
        var message = TestTasks.Completed();

        await app.Services.GetRequiredService<IBus>().Publish(message);

        var errorQueue = $"{cleanup.Queue}_error";
        await Eventually.WaitAsync(() => rabbit.MessageCountAsync(errorQueue), n => n == 1, TimeSpan.FromSeconds(30), errorQueue);
        Assert.Equal(3, faults.Attempts); // the first try and two retries (RetryLimit = 2 in the tests)
        Assert.Equal(0, await app.WithDbAsync(db => db.TaskCompletionLog.CountAsync(e => e.TaskId == message.TaskId)));
        Assert.Equal(0, await app.WithDbAsync(db => db.InboxMessages.CountAsync(m => m.Consumer == WorkTaskCompletedConsumer.InboxName)));
    }

    [Fact]
    public async Task Outbox_OnPostgreSqlAndRabbitMq_RelayDeliversCompletionToConsumer()
    {
        await using var app = new ClaimsAppFactory(DatabaseProvider.PostgreSql, await postgres.CreateDatabaseAsync(), MessagingTransport.RabbitMq);
        await using var cleanup = await QueueCleanupAsync(app);
        var message = TestTasks.Completed();

        var messageId = await app.WithDbAsync(async db =>
        {
            var row = db.AddOutboxMessage(message, DateTime.UtcNow);
            await db.SaveChangesAsync();
            return row.MessageId;
        });

        var entry = await Eventually.WaitAsync(
            () => app.WithDbAsync(db => db.TaskCompletionLog.AsNoTracking().SingleOrDefaultAsync(e => e.TaskId == message.TaskId)), e => e is not null, TimeSpan.FromSeconds(30), "the effect");
        Assert.Equal(messageId, entry!.MessageId);
    }

    [Fact]
    public async Task Outbox_TwoNodesSharingDatabaseAndQueue_EveryMessageHasExactlyOneEffect()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var first = new ClaimsAppFactory(DatabaseProvider.PostgreSql, database, MessagingTransport.RabbitMq);
        _ = first.Services; // migrates before the second node starts
        await using var second = new ClaimsAppFactory(DatabaseProvider.PostgreSql, database, MessagingTransport.RabbitMq, first.QueuePrefix);
        _ = second.Services;
        await using var cleanup = await QueueCleanupAsync(first);
        const int count = 300;

        await first.WithDbAsync(db =>
        {
            for (var i = 0; i < count; i++)
            {
                db.AddOutboxMessage(TestTasks.Completed(), DateTime.UtcNow);
            }

            return db.SaveChangesAsync();
        });

        await Eventually.WaitAsync(() => first.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null)), n => n == 0, TimeSpan.FromSeconds(60), "all rows sent");
        var effects = await Eventually.WaitAsync(() => first.WithDbAsync(db => db.TaskCompletionLog.CountAsync()), n => n >= count, TimeSpan.FromSeconds(60), "all effects");
        await Task.Delay(500); // a late duplicate would show up now
        Assert.Equal(count, effects);
        Assert.Equal(count, await first.WithDbAsync(db => db.TaskCompletionLog.Select(e => e.MessageId).Distinct().CountAsync()));
        Assert.Equal(count, await first.WithDbAsync(db => db.TaskCompletionLog.CountAsync()));
    }

    [Fact]
    public async Task Publish_TwoPrefixesOnOneBroker_OnlyThePublishersOwnQueuesReceiveIt()
    {
        var mine = new ConsumedCounter();
        var theirs = new ConsumedCounter();
        await using var app = ClaimsAppFactory.WithSqlite(MessagingTransport.RabbitMq);
        app.TestServices = s => s.AddConsumeObserver(_ => mine);
        await using var other = ClaimsAppFactory.WithSqlite(MessagingTransport.RabbitMq);
        other.TestServices = s => s.AddConsumeObserver(_ => theirs);
        // Both buses are started, their queues bound, before the publish.
        await using var cleanup = await QueueCleanupAsync(app);
        await using var otherCleanup = await QueueCleanupAsync(other);
        var messageId = NewId.NextGuid();

        await app.Services.GetRequiredService<IBus>().Publish(TestTasks.Completed(), c => c.MessageId = messageId);

        // Two of its endpoints consume WorkTaskCompleted; the other environment's two had it too when exchanges were shared.
        await Eventually.WaitAsync(() => Task.FromResult(mine.Count(messageId)), n => n == 2, TimeSpan.FromSeconds(30), "both own endpoints");
        await Task.Delay(1000);
        Assert.Equal(0, theirs.Count(messageId));
        Assert.Equal(0, await other.WithDbAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == messageId)));
    }

    [Fact]
    public async Task Health_WithRabbitMq_ReportsBusAndDatabaseHealthy()
    {
        await using var app = ClaimsAppFactory.WithSqlite(MessagingTransport.RabbitMq);
        await using var cleanup = await QueueCleanupAsync(app);

        var admin = await ApiClients.ForRolesAsync(app, "health.admin", Roles.Admin);
        var response = await admin.GetAsync("/health");

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(body);
        var checks = json.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c);
        Assert.Equal("Healthy", checks["database"].GetProperty("status").GetString());
        var bus = checks.Single(c => c.Key.StartsWith("masstransit", StringComparison.Ordinal)).Value;
        Assert.Equal("Healthy", bus.GetProperty("status").GetString());
        Assert.True(bus.GetRawText().Contains($"rabbitmq://{RabbitMqFixture.Host}", StringComparison.OrdinalIgnoreCase), body);
    }

    private async Task<QueueCleanup> QueueCleanupAsync(ClaimsAppFactory app)
    {
        var queue = app.Services.GetRequiredService<IEndpointNameFormatter>().Consumer<WorkTaskCompletedConsumer>();
        Assert.StartsWith(app.QueuePrefix, queue, StringComparison.Ordinal);
        await Task.CompletedTask;
        return new QueueCleanup(rabbit, queue);
    }

    private sealed record QueueCleanup(RabbitMqFixture Rabbit, string Queue) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await Rabbit.DeleteEndpointAsync(Queue);
    }

    /// <summary>Makes every save of a completion log entry fail, as a broken database would.</summary>
    private sealed class FailingCompletionLog : SaveChangesInterceptor
    {
        private int _attempts;

        public int Attempts => _attempts;

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context!.ChangeTracker.Entries<TaskCompletionLogEntry>().Any(e => e.State == EntityState.Added))
            {
                Interlocked.Increment(ref _attempts);
                throw new InvalidOperationException("The completion log is unavailable.");
            }

            return ValueTask.FromResult(result);
        }
    }
}
