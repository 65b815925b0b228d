using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Claims.Tests.Messaging;

/// <summary>The relay's pipeline of batches and its wake-up, each on its own SQLite app (in-memory bus).</summary>
public sealed class OutboxRelayTests
{
    [Fact]
    public async Task OutboxRelay_RowsSpanManyBatches_PublishesEachOnceAndMarksEverySent()
    {
        await using var app = ClaimsAppFactory.WithSqlite();
        // 5 a batch: 23 rows are five batches, claimed, published and saved overlapping one another.
        app.Settings["Messaging:RelayBatchSize"] = "5";
        app.Settings["Messaging:RelayPublishConcurrency"] = "3";
        var now = DateTime.UtcNow;
        var messages = Enumerable.Range(0, 23).Select(_ => TestTasks.Completed()).ToList();
        await app.WithDbAsync(db =>
        {
            foreach (var message in messages)
            {
                db.AddOutboxMessage(message, now);
            }

            return db.SaveChangesAsync();
        });

        var taskIds = messages.Select(m => m.TaskId).ToList();
        await Eventually.WaitAsync(() => app.WithDbAsync(db => db.TaskCompletionLog.CountAsync(e => taskIds.Contains(e.TaskId))), n => n >= messages.Count,
            TimeSpan.FromSeconds(30), "every message consumed");
        await Eventually.WaitAsync(() => app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.CreatedAt == now && m.SentAt != null)), n => n == messages.Count,
            TimeSpan.FromSeconds(30), "every row marked sent");
        var perTask = await app.WithDbAsync(db => db.TaskCompletionLog.Where(e => taskIds.Contains(e.TaskId)).GroupBy(e => e.TaskId).Select(g => g.Count()).ToListAsync());
        Assert.Equal(messages.Count, perTask.Count);
        Assert.All(perTask, n => Assert.Equal(1, n));
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Attempts > 0)));
    }

    [Fact]
    public async Task BulkInsert_OutboxRowsCommitted_WakesTheRelayWithoutItsPoll()
    {
        await using var app = ClaimsAppFactory.WithSqlite();
        app.Settings["Messaging:RelayInterval"] = "00:10:00"; // only the commit signal can wake the relay in time
        // One message through SaveChanges first: the relay has then run and waits for a signal.
        var first = TestTasks.Completed();
        await app.WithDbAsync(db =>
        {
            db.AddOutboxMessage(first, DateTime.UtcNow);
            return db.SaveChangesAsync();
        });
        await Eventually.WaitAsync(() => app.WithDbAsync(db => db.TaskCompletionLog.AnyAsync(e => e.TaskId == first.TaskId)), done => done, TimeSpan.FromSeconds(10), "the first message");
        await Task.Delay(500);

        // As the renewal sweep writes them: past the change tracker, in the caller's transaction.
        var bulk = Enumerable.Range(0, 3).Select(_ => TestTasks.Completed()).ToList();
        await app.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.InsertManyAsync(bulk.Select(m => OutboxWriter.Create(m, DateTime.UtcNow)).ToList(), default);
            await transaction.CommitAsync();
        });

        var ids = bulk.Select(m => m.TaskId).ToList();
        await Eventually.WaitAsync(() => app.WithDbAsync(db => db.TaskCompletionLog.CountAsync(e => ids.Contains(e.TaskId))), n => n == bulk.Count,
            TimeSpan.FromSeconds(10), "the bulk-inserted messages");
    }

    [Fact]
    public async Task OutboxDispatcher_BatchStartsPastHalfItsLease_ReleasesItsRowsToTheNextClaim()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = ClaimsAppFactory.WithSqlite();
        app.Settings["Messaging:RelayEnabled"] = "false"; // the test drives the batches
        app.Settings["Scheduling:Enabled"] = "false";
        app.TestServices = s => s.AddSingleton<TimeProvider>(time);
        await app.WithDbAsync(db =>
        {
            foreach (var _ in Enumerable.Range(0, 3))
            {
                db.AddOutboxMessage(TestTasks.Completed(), time.GetUtcNow().UtcDateTime);
            }

            return db.SaveChangesAsync();
        });

        // As a batch claimed ahead while a broker outage stalls the one on the wire: its turn comes past half its lease.
        await using var ahead = app.Services.CreateAsyncScope();
        var late = ahead.ServiceProvider.GetRequiredService<OutboxDispatcher>();
        await late.ClaimAsync(default);
        time.Advance(new MessagingOptions().RelayLease / 2 + TimeSpan.FromSeconds(1));
        await late.PublishAsync(default);
        await late.SaveAsync();

        await using var following = app.Services.CreateAsyncScope();
        var next = following.ServiceProvider.GetRequiredService<OutboxDispatcher>();
        await next.ClaimAsync(default);

        Assert.Equal(3, late.Count);
        Assert.Equal(3, next.Count); // without the release: 0 until the first lease ends, 29 s later
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt != null || m.Attempts > 0)));
    }
}
