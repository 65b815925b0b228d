using System.Diagnostics;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Tasks.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace Claims.Tests.Messaging;

/// <summary>
/// What a killed relay leaves behind (rows claimed, never marked) moves on quickly: a restarted node takes its own claims
/// back at start, and the lease is short (kept alive by a heartbeat) so another node takes a dead node's rows in seconds.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class OutboxLeaseTests(PostgresFixture postgres, ITestOutputHelper output)
{
    [Fact]
    public async Task OutboxRelay_RestartedNodeFindsItsOwnClaims_SendsThemWithoutWaitingForTheLease()
    {
        var database = await postgres.CreateDatabaseAsync();
        var lease = TimeSpan.FromMinutes(1);
        List<WorkTaskCompleted> own;
        WorkTaskCompleted others;
        // The node's earlier run claimed these rows with a one-minute lease and was killed before it marked them.
        await using (var before = Node(database, "node-a", relay: false))
        {
            own = await ClaimedAsync(before, "node-a", 5, lease);
            others = (await ClaimedAsync(before, "node-b", 1, lease))[0];
        }

        var clock = Stopwatch.StartNew();
        await using var restarted = Node(database, "node-a", relay: true);
        restarted.Settings["Messaging:RelayLease"] = lease.ToString();
        _ = restarted.Services;

        await ConsumedAsync(restarted, own, TimeSpan.FromSeconds(15));
        output.WriteLine($"own claims sent {clock.ElapsedMilliseconds} ms after the restart");
        Assert.False(await restarted.WithDbAsync(db => db.TaskCompletionLog.AnyAsync(e => e.TaskId == others.TaskId)),
            "another node's claim is not this node's to take back before its lease ends");
    }

    [Fact]
    public async Task OutboxRelay_OtherNodeKilledHoldingABatch_ItsRowsMoveWithinSeconds()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var survivor = Node(database, "node-b", relay: true);
        _ = survivor.Services;

        // Node A's relay claimed a batch under the default lease and was killed: no heartbeat renews it any more.
        var clock = Stopwatch.StartNew();
        var rows = await ClaimedAsync(survivor, "node-a", 20, new MessagingOptions().RelayLease);

        await ConsumedAsync(survivor, rows, TimeSpan.FromSeconds(40));
        output.WriteLine($"dead node's batch sent by the other node {clock.ElapsedMilliseconds} ms after its claim");
        // The 10 s lease plus a relay poll; the bound is loose for a loaded CI machine yet far below the 60 s of the old lease.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task OutboxLeases_HeartbeatWhileBatchHeld_KeepsItsRowsPastTheFirstLease()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = Node(await postgres.CreateDatabaseAsync(), "node-a", relay: false);
        app.TestServices = s => s.AddSingleton<TimeProvider>(time);
        var lease = new MessagingOptions().RelayLease;
        await app.WithDbAsync(db =>
        {
            db.AddOutboxMessage(TestTasks.Completed(), time.GetUtcNow().UtcDateTime);
            return db.SaveChangesAsync();
        });

        await using var scope = app.Services.CreateAsyncScope();
        var batch = scope.ServiceProvider.GetRequiredService<OutboxDispatcher>();
        var leases = app.Services.GetRequiredService<OutboxLeases>();
        await batch.ClaimAsync(default);
        var other = new List<int>();
        for (var beat = 0; beat < 3; beat++)
        {
            // A batch held through three leases' time, as one publishing through a slow broker is.
            time.Advance(lease * 0.9);
            await app.WithDbAsync(db => leases.RenewAsync(db, default));
            other.Add((await app.WithDbAsync(db => OutboxClaims.ClaimAsync(db, time.GetUtcNow().UtcDateTime, 10, lease, "node-b#1", default))).Count);
        }

        await batch.PublishAsync(default);
        await batch.SaveAsync();

        Assert.Equal(1, batch.Count);
        Assert.Equal([0, 0, 0], other);
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt != null)));
    }

    private static ClaimsAppFactory Node(string database, string name, bool relay) =>
        new(DatabaseProvider.PostgreSql, database)
        {
            Settings =
            {
                ["Node:Name"] = name,
                ["Messaging:RelayEnabled"] = relay.ToString(),
                ["Scheduling:Enabled"] = "false",
                ["Workflows:TimersEnabled"] = "false",
            },
        };

    /// <summary>Rows written and claimed by a batch of <paramref name="node"/> that will never mark them.</summary>
    private static async Task<List<WorkTaskCompleted>> ClaimedAsync(ClaimsAppFactory app, string node, int count, TimeSpan lease)
    {
        var messages = Enumerable.Range(0, count).Select(_ => TestTasks.Completed()).ToList();
        var now = DateTime.UtcNow;
        await app.WithDbAsync(async db =>
        {
            // Written and claimed in one transaction: a running relay never sees them free.
            await using var transaction = await db.Database.BeginTransactionAsync();
            foreach (var message in messages)
            {
                db.AddOutboxMessage(message, now);
            }

            await db.SaveChangesAsync();
            var claimed = await OutboxClaims.ClaimAsync(db, now, count, lease, $"{node}#{Guid.NewGuid():N}", default);
            Assert.Equal(count, claimed.Count);
            await transaction.CommitAsync();
        });
        return messages;
    }

    private static Task ConsumedAsync(ClaimsAppFactory app, List<WorkTaskCompleted> messages, TimeSpan within)
    {
        var ids = messages.Select(m => m.TaskId).ToList();
        return Eventually.WaitAsync(() => app.WithDbAsync(db => db.TaskCompletionLog.CountAsync(e => ids.Contains(e.TaskId))), n => n == ids.Count,
            within, "the claimed rows consumed");
    }
}
