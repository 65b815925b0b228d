using System.Diagnostics;
using System.Globalization;
using Claims.Domain.Renewals;
using Claims.Web.Features.Renewals;
using Claims.Web.Infrastructure.Scheduling;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Benchmarks.Chaos;

/// <summary>One soak sample: the node's memory and threads, the database's connections, and the interval's latencies.</summary>
public sealed record SoakSample(double Minutes, double WorkingSetMiB, int Threads, int Connections, int Requests, double P50Ms, double P99Ms, int Reminders = 0, int NoticesSent = 0);

/// <summary>
/// R7: one node under a steady mixed load (starts, task completions, renewal reminders) for <c>duration</c>, sampled every
/// <c>interval</c>; writes chaos-soak.csv and chaos-soak.svg into the output folder.
/// </summary>
/// <remarks>
/// The reminders come the way they do every night: the node's own daily-job scheduler runs the renewal sweep, which records
/// each due stage with its <c>RenewalReminderDue</c> in the outbox, and the notice consumer mails the policyholder. Every
/// <see cref="ReminderRound"/> the harness adds <c>remindersPerRound</c> policies due today to the book and lets go of
/// today's completed sweep (as a new day would), so the scheduler sweeps again within its one-second poll.
/// </remarks>
public static class SoakRun
{
    public static readonly TimeSpan ReminderRound = TimeSpan.FromSeconds(10);

    public static async Task<ChaosReport> RunAsync(TimeSpan duration, TimeSpan interval, int perSecond, string outputFolder, TextWriter log, int remindersPerRound = 20)
    {
        var report = new ChaosReport("r7-soak", (int)duration.TotalMinutes);
        RenewalBook? book = null;
        await using var cluster = await ChaosCluster.StartAsync(1, new Dictionary<string, string>
        {
            ["Auth:TokenLifetimeMinutes"] = "1440",
            ["Scheduling:Enabled"] = "true",
            ["Scheduling:Lease"] = "00:00:20",
            ["Scheduling:PollInterval"] = "00:00:01",
            ["Renewals:SweepAfter"] = "00:00:00",
        }, afterFirst: async c => book = await RenewalBook.SeedAsync(c, holdSweep: false));
        var node = cluster.Nodes[0];
        using var client = new ChaosClient(cluster.Nodes, TimeSpan.FromMinutes(1));
        await client.SignInAsync();
        var samples = new List<SoakSample>();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(duration);
        var load = LoadAsync(cluster, client, perSecond, stop.Token);
        var reminders = RemindersAsync(cluster, book!, remindersPerRound, stop.Token);
        while (!stop.IsCancellationRequested)
        {
            await Task.Delay(interval, CancellationToken.None);
            var (workingSet, threads) = node.Sample();
            var latencies = client.DrainLatencies();
            latencies.Sort();
            var (recorded, noticed) = await RemindersSoFarAsync(cluster);
            var sample = new SoakSample(clock.Elapsed.TotalMinutes, workingSet / 1048576.0, threads, await cluster.ConnectionsAsync(), latencies.Count,
                Percentile(latencies, 0.50), Percentile(latencies, 0.99), recorded, noticed);
            samples.Add(sample);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{sample.Minutes:0.0} min: {sample.WorkingSetMiB:0} MiB, {sample.Threads} threads, {sample.Connections} connections, {sample.Requests} requests, p50 {sample.P50Ms:0} ms, p99 {sample.P99Ms:0} ms, {recorded} reminders, {noticed} notices sent"));
        }

        var operations = await load;
        var policies = await reminders;
        Directory.CreateDirectory(outputFolder);
        await File.WriteAllLinesAsync(Path.Combine(outputFolder, "chaos-soak.csv"),
            samples.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Minutes:0.00},{s.WorkingSetMiB:0.0},{s.Threads},{s.Connections},{s.Requests},{s.P50Ms:0.0},{s.P99Ms:0.0},{s.Reminders},{s.NoticesSent}"))
                .Prepend("minutes,working_set_mib,threads,db_connections,requests,p50_ms,p99_ms,reminders,notices_sent"));
        await File.WriteAllTextAsync(Path.Combine(outputFolder, "chaos-soak.svg"), SoakChart.Svg(samples));

        // Warm-up is the first fifth; growth compares the last sample with the first after it.
        var warm = samples.Skip(Math.Max(1, samples.Count / 5)).ToList();
        report.Add("operations (starts + completions)", operations);
        report.Add("samples", samples.Count);
        if (warm.Count >= 2)
        {
            report.Add("working set after warm-up, first → last (MiB)", $"{warm[0].WorkingSetMiB:0} → {warm[^1].WorkingSetMiB:0} ({(warm[^1].WorkingSetMiB / warm[0].WorkingSetMiB - 1):P1})");
            report.Add("threads after warm-up, min–max", $"{warm.Min(s => s.Threads)}–{warm.Max(s => s.Threads)}");
            report.Add("db connections after warm-up, min–max", $"{warm.Min(s => s.Connections)}–{warm.Max(s => s.Connections)}");
            report.Add("p99 latency after warm-up, first → last (ms)", $"{warm[0].P99Ms:0} → {warm[^1].P99Ms:0} (max {warm.Max(s => s.P99Ms):0})");
        }

        report.Add("client errors", client.ClientErrors);
        report.Add("operations that never got an answer", client.GaveUp);
        report.Add("policies due (one reminder each)", policies);
        report.Add("csv and chart", outputFolder);
        var noticesDone = await WaitNoticesAsync(cluster, policies, TimeSpan.FromMinutes(3));
        report.Add("end of the load to every notice sent", noticesDone is { } n ? $"{n.TotalSeconds:0.0} s" : "not within 3 min");
        await ChaosLoad.SettleAsync(cluster, TimeSpan.FromMinutes(2));
        await ChaosLoad.WaitAllFinishedAsync(cluster, await cluster.WithDbAsync(db => db.Set<Claims.Workflows.Persistence.WorkflowInstanceRecord>().CountAsync()), TimeSpan.FromMinutes(2));
        report.Audit = await ChaosAudit.ReadAsync(cluster);
        report.SweepAudit = await SweepAudit.ReadAsync(cluster, policies, SweepScenarios.PolicyNumberPattern());
        return report;
    }

    /// <summary>Adds policies due today every <see cref="ReminderRound"/> and lets the node's scheduler sweep them; the policies added.</summary>
    private static async Task<int> RemindersAsync(ChaosCluster cluster, RenewalBook book, int perRound, CancellationToken stop)
    {
        var added = 0;
        using var timer = new PeriodicTimer(ReminderRound);
        while (await timer.WaitForNextTickAsync(CancellationToken.None) && !stop.IsCancellationRequested)
        {
            await book.AddPoliciesAsync(cluster, added, perRound);
            added += perRound;
            await ReleaseSweepAsync(cluster);
        }

        return added;
    }

    /// <summary>Today's sweep, if completed, is forgotten (as on a new day); one still running keeps its claim and a later round picks its policies up.</summary>
    private static Task<int> ReleaseSweepAsync(ChaosCluster cluster) =>
        cluster.WithDbAsync(db => db.Set<JobRun>().Where(r => r.JobName == RenewalSweep.JobName && r.CompletedAt != null).ExecuteDeleteAsync());

    private static Task<(int Recorded, int Noticed)> RemindersSoFarAsync(ChaosCluster cluster) =>
        cluster.WithDbAsync(async db => (await db.Set<RenewalReminder>().CountAsync(), await db.Set<RenewalReminder>().CountAsync(r => r.NoticeSentAt != null)));

    /// <summary>Sweeps until every policy's reminder is recorded and its notice sent; the time it took (null: not within <paramref name="within"/>).</summary>
    private static async Task<TimeSpan?> WaitNoticesAsync(ChaosCluster cluster, int policies, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < within)
        {
            await ReleaseSweepAsync(cluster);
            if (await RemindersSoFarAsync(cluster) is var (recorded, noticed) && recorded >= policies && noticed >= policies)
            {
                return clock.Elapsed;
            }

            await Task.Delay(1000);
        }

        return null;
    }

    /// <summary>Starts instances and completes their tasks at a steady <paramref name="perSecond"/> until stopped; the operations done.</summary>
    private static async Task<int> LoadAsync(ChaosCluster cluster, ChaosClient client, int perSecond, CancellationToken stop)
    {
        var operations = 0;
        var tick = TimeSpan.FromSeconds(1.0 / Math.Max(1, perSecond));
        var next = 0;
        using var timer = new PeriodicTimer(tick);
        var running = new List<Task>();
        while (await timer.WaitForNextTickAsync(CancellationToken.None) && !stop.IsCancellationRequested)
        {
            var i = next++;
            running.RemoveAll(t => t.IsCompleted);
            if (running.Count >= ChaosLoad.Concurrency * 4)
            {
                continue; // the node is behind: a steady load does not queue without bound
            }

            running.Add(Task.Run(async () =>
            {
                var key = $"soak-{i}";
                if (!await client.StartAsync(ChaosLoad.ApprovalDefinition, key, 0))
                {
                    return;
                }

                var correlation = $"chaos:{key}";
                var task = await cluster.WithDbAsync(db => db.WorkTasks.AsNoTracking()
                    .Where(t => t.Status == WorkTaskStatus.Open && db.Set<Claims.Workflows.Persistence.WorkflowInstanceRecord>()
                        .Any(w => w.Id == t.WorkflowInstanceId && w.CorrelationId == correlation))
                    .Select(t => (Guid?)t.Id).FirstOrDefaultAsync());
                Interlocked.Increment(ref operations);
                if (task is { } id && await client.CompleteAsync(id, $"soak-complete-{i}", 0) is not null)
                {
                    Interlocked.Increment(ref operations);
                }
            }, CancellationToken.None));
        }

        await Task.WhenAll(running);
        return operations;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
