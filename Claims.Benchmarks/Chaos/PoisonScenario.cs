using System.Diagnostics;
using System.Net;
using Claims.Domain.Claims;
using Claims.Domain.Policies;
using Claims.Domain.Renewals;
using Claims.Web.Features.Renewals.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Engine;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Claims.Benchmarks.Chaos;

/// <summary>
/// R8 (issue 17) on two nodes under load: a tenth of the instances run a claim activity (with two retries) whose claim is
/// missing, and a tenth of the renewal reminders name a policy that is missing. The poisoned instances must fault with one
/// incident each after bounded retries (never stuck), the poison messages reach the notice endpoint's <c>_error</c> queue
/// after bounded retries with no effect; node-b is killed during the retries. Then the cause is fixed (the claims and
/// policies arrive), an admin retries each faulted instance (<c>POST /api/workflow-instances/{id}/retry</c>) and replays
/// the error queue (/Admin/ErrorQueues): every instance finishes once, every reminder gets one notice.
/// </summary>
public static class PoisonScenario
{
    public const string PoisonDefinition = "chaos-poison";
    public const string PoisonActivity = "fraud";

    private static readonly TimeSpan GiveUp = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan Within = TimeSpan.FromMinutes(5);

    /// <summary><paramref name="size"/> healthy instances and reminders, a tenth as many poisoned of each; node-b down for <paramref name="down"/> (none if zero).</summary>
    public static async Task<ChaosReport> RunAsync(int size, TimeSpan down, TextWriter log)
    {
        var poisoned = Math.Max(1, size / 10);
        var report = new ChaosReport("r8-poison", size);
        RenewalBook? book = null;
        await using var cluster = await ChaosCluster.StartAsync(2, afterFirst: async c =>
        {
            book = await RenewalBook.SeedAsync(c, holdSweep: false);
            await book.AddPoliciesAsync(c, 0, size);
        });
        using var client = new ChaosClient(cluster.Nodes, GiveUp);
        await client.SignInAsync();
        var claimIds = Enumerable.Range(0, poisoned).Select(_ => Guid.CreateVersion7()).ToList();
        var missingPolicies = Enumerable.Range(0, poisoned).Select(_ => Guid.CreateVersion7()).ToList();
        report.Add("poisoned instances (their claim missing) and poison messages (their policy missing)", poisoned);

        // The reminders as the sweep records them (each with its message in the outbox, one transaction per hundred), the poison ones among them.
        await QueueRemindersAsync(cluster, size, missingPolicies);
        var clock = Stopwatch.StartNew();
        var starts = 0;
        await ChaosLoad.ForEachAsync(size + poisoned, async i =>
        {
            var started = i % 11 == 10 && i / 11 < poisoned
                ? await client.StartAsync(PoisonDefinition, claimIds[i / 11].ToString(), i % 2, "claim")
                : await client.StartAsync(ChaosLoad.ApprovalDefinition, $"start-{i}", i % 2);
            if (started)
            {
                Interlocked.Increment(ref starts);
            }
        });
        // Starts past the interleaving (small sizes) add the remaining poisoned instances.
        var late = poisoned - Math.Min(poisoned, (size + poisoned) / 11);
        report.Add("starts confirmed by the API", starts);
        log.WriteLine($"{starts} starts confirmed ({late} poisoned starts left out by the interleaving)");

        var victim = cluster.Nodes[^1];
        var restarted = Task.CompletedTask;
        if (down > TimeSpan.Zero)
        {
            victim.Kill();
            log.WriteLine($"kill -9 {victim.Name} during the retries; back after {down.TotalSeconds} s");
            restarted = Task.Run(async () =>
            {
                await Task.Delay(down);
                var restart = Stopwatch.StartNew();
                await victim.StartAsync(ChaosCluster.StartWithin);
                report.Add("killed node's restart took", restart.Elapsed);
            });
        }

        await ChaosLoad.CompleteAsync(cluster, client, await ChaosLoad.OpenTasksAsync(cluster));
        await restarted;

        // Bounded: every poisoned instance faults with its incident, every poison message lands in _error.
        var queue = await NoticeQueueAsync(client, cluster);
        var settled = await WaitAsync(async () =>
            await FaultedAsync(cluster) >= poisoned - late
            && await ErrorCountAsync(client, cluster, queue) >= poisoned
            && await cluster.WithDbAsync(db => db.Set<RenewalReminder>().CountAsync(r => r.NoticeSentAt != null)) >= size);
        report.Add("start to every poisoned instance faulted and every poison message in _error", settled ? $"{clock.Elapsed.TotalSeconds:0.0} s" : "not within 5 min");
        var (faulted, incidents, tries, openOnFaulted) = await cluster.WithDbAsync(async db =>
        {
            var ids = await db.Set<WorkflowInstanceRecord>().AsNoTracking().Where(w => w.Status == WorkflowStatus.Faulted).Select(w => w.Id).ToListAsync();
            var perInstance = await db.Set<JournalRecord>().AsNoTracking()
                .Where(j => ids.Contains(j.WorkflowInstanceId) && j.ActivityId == PoisonActivity && j.EventName == nameof(JournalEvent.Started))
                .GroupBy(j => j.WorkflowInstanceId).Select(g => g.Count()).ToListAsync();
            return (ids.Count, await db.Set<IncidentRecord>().CountAsync(i => i.ResolvedAt == null),
                perInstance.Count == 0 ? "-" : $"{perInstance.Min()}–{perInstance.Max()}",
                await db.Set<BookmarkRecord>().CountAsync(b => ids.Contains(b.WorkflowInstanceId) && b.ConsumedAt == null));
        });
        report.Add("faulted instances (the poisoned ones)", faulted);
        report.Add("open incidents", incidents);
        report.Add("tries of the poisoned activity per faulted instance (min–max)", tries);
        report.Add("open bookmarks on faulted instances (stuck)", openOnFaulted);
        report.Add("messages in the notice endpoint's _error (admin page)", await ErrorCountAsync(client, cluster, queue));
        var (inbox, noticed) = await NoticesAsync(cluster);
        report.Add("notice inbox rows before the fix (poison ones have none)", inbox);
        report.Add("reminders noticed before the fix", noticed);

        // The cause fixed: the claims and the policies arrive.
        await FixAsync(cluster, book!, size, claimIds, missingPolicies);
        var fixedAt = Stopwatch.StartNew();
        var faultedIds = await cluster.WithDbAsync(db => db.Set<WorkflowInstanceRecord>().AsNoTracking()
            .Where(w => w.Status == WorkflowStatus.Faulted).Select(w => w.Id).ToListAsync());
        var retried = 0;
        await ChaosLoad.ForEachAsync(faultedIds.Count, async i =>
        {
            if (await client.RetryInstanceAsync(faultedIds[i], i % 2) == HttpStatusCode.OK)
            {
                Interlocked.Increment(ref retried);
            }
        });
        report.Add("admin retries answered 200", $"{retried} of {faultedIds.Count}");
        var (_, message) = await client.ErrorQueuesPageAsync(cluster.Nodes[0], queue);
        report.Add("admin replay (/Admin/ErrorQueues)", message ?? "no message");

        var total = size + poisoned - late;
        var done = await WaitAsync(async () =>
            await cluster.WithDbAsync(db => db.Set<WorkflowInstanceRecord>().CountAsync(w => w.Status == WorkflowStatus.Finished)) >= total
            && (await NoticesAsync(cluster)).Noticed >= size + poisoned
            && await ErrorCountAsync(client, cluster, queue) == 0);
        report.Add("fix to every instance finished and every notice sent", done ? $"{fixedAt.Elapsed.TotalSeconds:0.0} s" : "not within 5 min");
        await ChaosLoad.SettleAsync(cluster, TimeSpan.FromMinutes(2));
        report.Add("messages in _error after the replay (admin page)", await ErrorCountAsync(client, cluster, queue));
        report.Add("open incidents after the retries", await cluster.WithDbAsync(db => db.Set<IncidentRecord>().CountAsync(i => i.ResolvedAt == null)));
        report.Add("poisoned activity completed once per poisoned instance", await cluster.WithDbAsync(async db =>
        {
            var completed = await db.Set<JournalRecord>().AsNoTracking()
                .Where(j => j.ActivityId == PoisonActivity && j.EventName == nameof(JournalEvent.Completed))
                .GroupBy(j => j.WorkflowInstanceId).Select(g => g.Count()).ToListAsync();
            return $"{completed.Count(c => c == 1)} once, {completed.Count(c => c > 1)} more than once";
        }));
        report.Add("API requests (retries included)", client.Requests);
        report.Add("client errors (transport or 5xx, each retried on the other node with the same key)", client.ClientErrors);
        report.Add("operations that never got an answer (client gave up after 3 min)", client.GaveUp);
        report.Audit = await ChaosAudit.ReadAsync(cluster);
        report.SweepAudit = await SweepAudit.ReadAsync(cluster, size + poisoned, SweepScenarios.PolicyNumberPattern());
        return report;
    }

    /// <summary>Reminders for policies 0..size-1 and one for each missing policy (its number to be size + j), a hundred to a transaction, mixed.</summary>
    private static async Task QueueRemindersAsync(ChaosCluster cluster, int size, IReadOnlyList<Guid> missingPolicies)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var policies = await cluster.WithDbAsync(db => db.Policies.AsNoTracking().Select(p => new { p.Id, p.Number }).ToListAsync());
        var byNumber = policies.ToDictionary(p => p.Number, p => p.Id);
        var all = Enumerable.Range(0, size).Select(i => (Index: i, Policy: byNumber[RenewalBook.PolicyNumber(i)]))
            .Concat(missingPolicies.Select((id, j) => (Index: size + j, Policy: id)))
            .OrderBy(r => r.Index % 10).ThenBy(r => r.Index).ToList();
        foreach (var chunk in all.Chunk(100))
        {
            await ChaosLoad.RetryAsync(() => cluster.WithDbAsync(db =>
            {
                var now = DateTime.UtcNow;
                foreach (var (index, policy) in chunk)
                {
                    var reminder = RenewalReminder.Record(policy, new StageDecision(RenewalBook.StageDueToday(index), today, false), now);
                    db.Add(reminder);
                    db.AddOutboxMessage(new RenewalReminderDue(reminder.Id, reminder.PolicyId, reminder.Stage.ToString(), reminder.DueOn, reminder.CallTask), now);
                }

                return db.SaveChangesAsync();
            }));
        }
    }

    /// <summary>The missing policies (numbers size..) and the poisoned instances' claims (on the first policies of the book).</summary>
    private static async Task FixAsync(ChaosCluster cluster, RenewalBook book, int size, IReadOnlyList<Guid> claimIds, IReadOnlyList<Guid> missingPolicies)
    {
        await book.AddPoliciesAsync(cluster, size, missingPolicies.Count, missingPolicies);
        var (policies, vehicles) = await cluster.WithDbAsync(async db => (
            await db.Policies.AsNoTracking().OrderBy(p => p.Number).Take(claimIds.Count).ToListAsync(),
            await db.Vehicles.AsNoTracking().ToDictionaryAsync(v => v.Id)));
        for (var j = 0; j < claimIds.Count; j++)
        {
            var policy = policies[j % policies.Count];
            var now = DateTime.UtcNow;
            var notice = new NoticeOfLoss(now.AddHours(-2), "Ring road", "SH", LossCause.Collision, "Rear-ended", LiabilityShare.Full, false, true, 0, null, NoticeChannel.Phone, "chaos");
            var claim = Claim.Notify(claimIds[j], $"C-CHAOS-{j:D6}", policy, vehicles[policy.VehicleId], notice, 500m, now);
            // One claim a unit of work, as the app notifies them (before defect 4's fix two in one SaveChanges failed).
            await cluster.WithDbAsync(db =>
            {
                db.Add(claim);
                return db.SaveChangesAsync();
            });
        }
    }

    private static async Task<string> NoticeQueueAsync(ChaosClient client, ChaosCluster cluster) =>
        (await client.ErrorQueuesPageAsync(cluster.Nodes[0])).Counts.Keys.Single(q => q.EndsWith("renewal-reminder-due", StringComparison.Ordinal));

    private static async Task<int> ErrorCountAsync(ChaosClient client, ChaosCluster cluster, string queue) =>
        (await client.ErrorQueuesPageAsync(cluster.Nodes[0])).Counts.GetValueOrDefault(queue);

    private static Task<int> FaultedAsync(ChaosCluster cluster) =>
        cluster.WithDbAsync(db => db.Set<WorkflowInstanceRecord>().CountAsync(w => w.Status == WorkflowStatus.Faulted));

    private static Task<(int Inbox, int Noticed)> NoticesAsync(ChaosCluster cluster) => cluster.WithDbAsync(async db =>
        (await db.InboxMessages.CountAsync(i => i.Consumer == Claims.Web.Features.Renewals.RenewalReminderDueConsumer.InboxName),
         await db.Set<RenewalReminder>().CountAsync(r => r.NoticeSentAt != null)));

    private static async Task<bool> WaitAsync(Func<Task<bool>> done)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Within)
        {
            if (await done())
            {
                return true;
            }

            await Task.Delay(1000);
        }

        return false;
    }
}
