using Claims.Tests.Fixtures;
using Claims.Web.Features.Tasks.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Tests.Messaging;

/// <summary>The outbox row commits with its change or not at all, and the relay then delivers it (SQLite, in-memory bus).</summary>
public sealed class OutboxTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private readonly ClaimsAppFactory _app = fixture.App;

    [Fact]
    public async Task Outbox_TransactionRolledBack_LeavesNeitherChangeNorMessage()
    {
        var task = await SaveOpenTaskAsync();

        var messageId = await _app.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var row = await CompleteWithMessageAsync(db, task.Id);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return row.MessageId;
        });

        await AssertNothingCommittedAsync(task.Id, messageId);
    }

    [Fact]
    public async Task Outbox_SaveChangesFails_LeavesNeitherChangeNorMessage()
    {
        var task = await SaveOpenTaskAsync();
        var taken = Guid.NewGuid();
        await _app.WithDbAsync(db =>
        {
            db.InboxMessages.Add(InboxMessage.Create(taken, "test", DateTime.UtcNow));
            return db.SaveChangesAsync();
        });

        var messageId = await _app.WithDbAsync(async db =>
        {
            var row = await CompleteWithMessageAsync(db, task.Id);
            db.InboxMessages.Add(InboxMessage.Create(taken, "test", DateTime.UtcNow)); // duplicate key: the save fails
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            return row.MessageId;
        });

        await AssertNothingCommittedAsync(task.Id, messageId);
    }

    [Fact]
    public async Task Outbox_SaveChangesCommits_RelayPublishesAndConsumerRecordsOnce()
    {
        var task = await SaveOpenTaskAsync();

        var messageId = await _app.WithDbAsync(async db =>
        {
            var row = await CompleteWithMessageAsync(db, task.Id);
            await db.SaveChangesAsync();
            return row.MessageId;
        });

        Assert.Equal(WorkTaskStatus.Completed, await _app.WithDbAsync(db => db.WorkTasks.Where(t => t.Id == task.Id).Select(t => t.Status).SingleAsync()));
        await Eventually.WaitAsync(() => _app.WithDbAsync(db => db.TaskCompletionLog.CountAsync(e => e.TaskId == task.Id)), n => n >= 1, what: "the consumer's effect");
        var sent = await Eventually.WaitAsync(
            () => _app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.MessageId == messageId)), m => m.SentAt is not null, what: "SentAt");
        Assert.Equal(0, sent.Attempts);
        var entry = await _app.WithDbAsync(db => db.TaskCompletionLog.SingleAsync(e => e.TaskId == task.Id));
        Assert.Equal(messageId, entry.MessageId);
    }

    [Fact]
    public async Task OutboxRelay_UnknownMessageType_MarksFailedWithBackoffAndKeepsGoing()
    {
        var now = DateTime.UtcNow;
        var good = TestTasks.Completed();
        var (badId, goodId) = await _app.WithDbAsync(async db =>
        {
            var bad = OutboxMessage.Create(Guid.NewGuid(), "Claims.Nowhere.Gone, Claims.Nowhere", "{}", now);
            db.OutboxMessages.Add(bad);
            var row = db.AddOutboxMessage(good, now);
            await db.SaveChangesAsync();
            return (bad.MessageId, row.MessageId);
        });

        await Eventually.WaitAsync(() => _app.WithDbAsync(db => db.TaskCompletionLog.CountAsync(e => e.TaskId == good.TaskId)), n => n == 1, what: "the good message");
        var failed = await Eventually.WaitAsync(
            () => _app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.MessageId == badId)), m => m.Attempts >= 1, what: "the failure");
        Assert.Null(failed.SentAt);
        Assert.Contains("Unknown message type", failed.LastError);
        Assert.True(failed.NextAttemptAt > now, "a failed message waits before its next attempt");
        Assert.NotNull((await _app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.MessageId == goodId))).SentAt);
    }

    [Fact]
    public async Task OutboxRelay_ManyRowsInOneCommit_PublishesEachOnceAndFailsTheBrokenOneAlone()
    {
        // More rows than the relay keeps in flight at once (Messaging:RelayPublishConcurrency, 8): several rounds of concurrent publishes.
        var now = DateTime.UtcNow;
        var good = Enumerable.Range(0, 21).Select(_ => TestTasks.Completed()).ToList();
        var badId = await _app.WithDbAsync(async db =>
        {
            foreach (var message in good.Take(10))
            {
                db.AddOutboxMessage(message, now);
            }

            var bad = OutboxMessage.Create(Guid.NewGuid(), "Claims.Nowhere.Gone, Claims.Nowhere", "{}", now);
            db.OutboxMessages.Add(bad);
            foreach (var message in good.Skip(10))
            {
                db.AddOutboxMessage(message, now);
            }

            await db.SaveChangesAsync();
            return bad.MessageId;
        });

        var taskIds = good.Select(m => m.TaskId).ToList();
        await Eventually.WaitAsync(() => _app.WithDbAsync(db => db.TaskCompletionLog.CountAsync(e => taskIds.Contains(e.TaskId))), n => n >= good.Count, what: "every good message");
        await Eventually.WaitAsync(() => _app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.MessageId == badId)), m => m.Attempts >= 1, what: "the failure");
        var perTask = await _app.WithDbAsync(db => db.TaskCompletionLog.Where(e => taskIds.Contains(e.TaskId)).GroupBy(e => e.TaskId).Select(g => g.Count()).ToListAsync());
        Assert.Equal(good.Count, perTask.Count);
        Assert.All(perTask, n => Assert.Equal(1, n));
        var unsent = await _app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.CreatedAt == now && m.SentAt == null).Select(m => m.MessageId).ToListAsync());
        Assert.Equal([badId], unsent);
    }

    private async Task<WorkTask> SaveOpenTaskAsync()
    {
        var task = TestTasks.Open();
        await _app.WithDbAsync(db =>
        {
            db.WorkTasks.Add(task);
            return db.SaveChangesAsync();
        });
        return task;
    }

    private static async Task<OutboxMessage> CompleteWithMessageAsync(ClaimsDbContext db, Guid taskId)
    {
        var task = await db.WorkTasks.SingleAsync(t => t.Id == taskId);
        var now = DateTime.UtcNow;
        Assert.Equal(TaskCompletion.Completed, task.Complete("approve", null, "adjuster", now));
        return db.AddOutboxMessage(new WorkTaskCompleted(task.Id, null, null, "approve", null, "adjuster", now), now);
    }

    private async Task AssertNothingCommittedAsync(Guid taskId, Guid messageId)
    {
        Assert.Equal(WorkTaskStatus.Open, await _app.WithDbAsync(db => db.WorkTasks.Where(t => t.Id == taskId).Select(t => t.Status).SingleAsync()));
        Assert.False(await _app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.MessageId == messageId)));
    }
}
