using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Tests.Messaging;

public sealed class InboxGuardTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private readonly ClaimsAppFactory _app = fixture.App;

    [Fact]
    public async Task InboxGuard_SameMessageTwice_AppliesEffectOnce()
    {
        var messageId = Guid.NewGuid();
        var taskId = Guid.NewGuid();

        var first = await _app.WithDbAsync(db => ProcessAsync(db, messageId, taskId));
        var second = await _app.WithDbAsync(db => ProcessAsync(db, messageId, taskId));

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(1, await _app.WithDbAsync(db => db.TaskCompletionLog.CountAsync(e => e.TaskId == taskId)));
    }

    [Fact]
    public async Task InboxGuard_SameMessageOtherConsumer_AppliesEffectForEach()
    {
        var messageId = Guid.NewGuid();
        var now = DateTime.UtcNow;

        var a = await _app.WithDbAsync(db => InboxGuard.ProcessOnceAsync(db, messageId, "a", now, _ => Task.CompletedTask, default));
        var b = await _app.WithDbAsync(db => InboxGuard.ProcessOnceAsync(db, messageId, "b", now, _ => Task.CompletedTask, default));

        Assert.True(a && b);
    }

    [Fact]
    public async Task InboxGuard_EffectThrows_LeavesNoInboxRowSoRedeliveryApplies()
    {
        var messageId = Guid.NewGuid();
        var taskId = Guid.NewGuid();

        await Assert.ThrowsAsync<InvalidOperationException>(() => _app.WithDbAsync(db =>
            InboxGuard.ProcessOnceAsync(db, messageId, "log", DateTime.UtcNow, _ => throw new InvalidOperationException("boom"), default)));
        var retried = await _app.WithDbAsync(db => ProcessAsync(db, messageId, taskId));

        Assert.True(retried);
        Assert.Equal(1, await _app.WithDbAsync(db => db.TaskCompletionLog.CountAsync(e => e.TaskId == taskId)));
    }

    [Fact]
    public async Task InboxGuard_NoOpenTransaction_Throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _app.WithDbAsync(db =>
            InboxGuard.TryBeginAsync(db, Guid.NewGuid(), "log", DateTime.UtcNow, default)));
    }

    private static Task<bool> ProcessAsync(ClaimsDbContext db, Guid messageId, Guid taskId) =>
        InboxGuard.ProcessOnceAsync(db, messageId, "log", DateTime.UtcNow, _ =>
        {
            db.TaskCompletionLog.Add(TaskCompletionLogEntry.Record(taskId, messageId, "approve", "adjuster", DateTime.UtcNow, DateTime.UtcNow));
            return Task.CompletedTask;
        }, default);
}
