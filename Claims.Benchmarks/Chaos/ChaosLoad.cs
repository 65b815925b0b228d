using System.Diagnostics;
using Claims.Web.Features.Workflows.Contracts;
using Claims.Web.Features.Tasks.Contracts;
using Claims.Web.Features.Renewals.Contracts;
using Claims.Workflows.Engine;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Benchmarks.Chaos;

/// <summary>The load the scenarios share: starts and task completions through both nodes' APIs, and the waits after them.</summary>
public static class ChaosLoad
{
    public const string ApprovalDefinition = "chaos-approval";
    public const string TimerDefinition = "chaos-timer";

    /// <summary>RequestedBy of the resume commands the harness adds as bus-level duplicates (the audit does not count them).</summary>
    public const string DuplicateRequester = "chaos-duplicate";

    public const int Concurrency = 8;

    /// <summary>Runs <paramref name="work"/> for 0..count-1, <see cref="Concurrency"/> at a time; <paramref name="at"/> hears each index as it begins.</summary>
    public static async Task ForEachAsync(int count, Func<int, Task> work, Action<int>? at = null)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                at?.Invoke(i);
                await work(i);
            }
        }));
    }

    /// <summary>Starts <paramref name="count"/> instances through alternating nodes; returns how many the API confirmed.</summary>
    public static async Task<int> StartAsync(ChaosClient client, string definitionId, int count, string prefix, Action<int>? at = null)
    {
        var confirmed = 0;
        await ForEachAsync(count, async i =>
        {
            if (await client.StartAsync(definitionId, $"{prefix}-{i}", i % 2))
            {
                Interlocked.Increment(ref confirmed);
            }
        }, at);
        return confirmed;
    }

    /// <summary>The open tasks with their bookmarks, oldest first.</summary>
    public static Task<List<(Guid Task, Guid Bookmark)>> OpenTasksAsync(ChaosCluster cluster) =>
        cluster.WithDbAsync(async db => (await db.WorkTasks.AsNoTracking().Where(t => t.Status == WorkTaskStatus.Open && t.BookmarkId != null)
            .OrderBy(t => t.CreatedAt).Select(t => new { t.Id, t.BookmarkId }).ToListAsync()).Select(t => (t.Id, t.BookmarkId!.Value)).ToList());

    /// <summary>
    /// Completes every task through alternating nodes. Every tenth is completed on both nodes at once (two users racing,
    /// two keys) and its resume command is then written once more to the outbox, as a broker redelivery would bring it.
    /// </summary>
    public static Task CompleteAsync(ChaosCluster cluster, ChaosClient client, List<(Guid Task, Guid Bookmark)> tasks, Action<int>? at = null) =>
        ForEachAsync(tasks.Count, async i =>
        {
            var (task, bookmark) = tasks[i];
            if (i % 10 != 0)
            {
                await client.CompleteAsync(task, $"complete-{task}", i % 2);
                return;
            }

            await Task.WhenAll(client.CompleteAsync(task, $"complete-{task}-a", 0), client.CompleteAsync(task, $"complete-{task}-b", 1));
            await RetryAsync(() => cluster.WithDbAsync(db =>
            {
                db.AddOutboxMessage(new ResumeWorkflow(bookmark, "Approve", null, DuplicateRequester), DateTime.UtcNow);
                return db.SaveChangesAsync();
            }));
        }, at);

    /// <summary>The harness's own writes wait out a database a scenario has stopped (for up to three minutes).</summary>
    public static async Task RetryAsync(Func<Task> write)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await write();
                return;
            }
            catch (Exception ex) when (ex is Npgsql.NpgsqlException or DbUpdateException or InvalidOperationException && attempt < 360)
            {
                await Task.Delay(500);
            }
        }
    }

    /// <summary>Waits until <paramref name="expected"/> instances are finished and the outbox is empty; the time it took, or null.</summary>
    public static async Task<TimeSpan?> WaitAllFinishedAsync(ChaosCluster cluster, int expected, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < within)
        {
            try
            {
                var finished = await cluster.WithDbAsync(db => db.Set<WorkflowInstanceRecord>().CountAsync(i => i.Status == WorkflowStatus.Finished));
                if (finished >= expected)
                {
                    return clock.Elapsed;
                }
            }
            catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException)
            {
                // The database is restarting in this scenario: ask again.
            }

            await Task.Delay(250);
        }

        return null;
    }

    /// <summary>Waits for the relays to mark every outbox row sent and the consumers to settle (no inbox growth for a few seconds).</summary>
    public static async Task SettleAsync(ChaosCluster cluster, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        var (lastInbox, quietSince) = (-1, clock.Elapsed);
        while (clock.Elapsed < within)
        {
            var (unsent, inbox) = await cluster.WithDbAsync(async db => (await db.OutboxMessages.CountAsync(m => m.SentAt == null), await db.InboxMessages.CountAsync()));
            if (inbox != lastInbox)
            {
                (lastInbox, quietSince) = (inbox, clock.Elapsed);
            }

            if (unsent == 0 && clock.Elapsed - quietSince > TimeSpan.FromSeconds(3))
            {
                return;
            }

            await Task.Delay(500);
        }
    }

    /// <summary>Polls both nodes' /health every half second until stopped; the statuses seen per node.</summary>
    public static async Task<Dictionary<string, SortedSet<string>>> WatchHealthAsync(IReadOnlyList<AppNode> nodes, CancellationToken stop)
    {
        var seen = nodes.ToDictionary(n => n.Name, _ => new SortedSet<string>());
        while (!stop.IsCancellationRequested)
        {
            foreach (var node in nodes.Where(n => n.IsRunning))
            {
                seen[node.Name].Add(await node.HealthAsync());
            }

            await Task.Delay(500, CancellationToken.None);
        }

        return seen;
    }

    /// <summary>Waits until every node answers Healthy; the time it took, or null.</summary>
    public static async Task<TimeSpan?> WaitHealthyAsync(IReadOnlyList<AppNode> nodes, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < within)
        {
            var statuses = await Task.WhenAll(nodes.Select(n => n.HealthAsync()));
            if (statuses.All(s => s == "Healthy"))
            {
                return clock.Elapsed;
            }

            await Task.Delay(250);
        }

        return null;
    }
}
