using System.Diagnostics;

namespace Claims.Benchmarks.Chaos;

/// <summary>
/// The reliability scenarios (issue 17), each on real processes: two app nodes, one PostgreSQL, RabbitMQ behind a relay.
/// Each returns its figures and the database audit; the short variants run in the test suite (ChaosTests).
/// </summary>
public static class ChaosScenarios
{
    private static readonly TimeSpan GiveUp = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan FinishWithin = TimeSpan.FromMinutes(5);

    /// <summary>R1: kill -9 one node at 30 % of the task completions, restart it after <paramref name="down"/>.</summary>
    public static async Task<ChaosReport> KillDuringResumesAsync(int size, TimeSpan down, TextWriter log)
    {
        var report = new ChaosReport("r1-resumes", size);
        await using var cluster = await ChaosCluster.StartAsync(2);
        using var client = new ChaosClient(cluster.Nodes, GiveUp);
        await client.SignInAsync();
        report.Add("instances started", await ChaosLoad.StartAsync(client, ChaosLoad.ApprovalDefinition, size, "start"));
        var tasks = await ChaosLoad.OpenTasksAsync(cluster);
        log.WriteLine($"{tasks.Count} tasks open; completing them, killing node-b at 30 %");

        var chaos = new KillOnce(cluster, down, (int)(tasks.Count * 0.3), size, log);
        await ChaosLoad.CompleteAsync(cluster, client, tasks, chaos.At);
        await chaos.Restarted;
        await FinishAsync(cluster, client, report, size, chaos);
        return report;
    }

    /// <summary>R1: kill -9 one node at 30 % of the starts, restart it after <paramref name="down"/>; then complete every task.</summary>
    public static async Task<ChaosReport> KillDuringStartsAsync(int size, TimeSpan down, TextWriter log)
    {
        var report = new ChaosReport("r1-starts", size);
        await using var cluster = await ChaosCluster.StartAsync(2);
        using var client = new ChaosClient(cluster.Nodes, GiveUp);
        await client.SignInAsync();
        var chaos = new KillOnce(cluster, down, (int)(size * 0.3), size, log);
        report.Add("starts confirmed by the API", await ChaosLoad.StartAsync(client, ChaosLoad.ApprovalDefinition, size, "start", chaos.At));
        await chaos.Restarted;
        var tasks = await ChaosLoad.OpenTasksAsync(cluster);
        report.Add("tasks open after the starts", tasks.Count);
        await ChaosLoad.CompleteAsync(cluster, client, tasks);
        await FinishAsync(cluster, client, report, size, chaos);
        return report;
    }

    /// <summary>R6: the broker unreachable for <paramref name="down"/> at 30 % of the completions; health watched throughout.</summary>
    public static Task<ChaosReport> BrokerOutageAsync(int size, TimeSpan down, TextWriter log) =>
        OutageDuringResumesAsync("r6-broker", "broker", size, down, log, c => c.Broker.CutAsync(), c =>
        {
            c.Broker.Open();
            return Task.CompletedTask;
        });

    /// <summary>R6: PostgreSQL stopped (immediate: as a crash) for <paramref name="down"/> at 30 % of the completions, then started again.</summary>
    public static Task<ChaosReport> DatabaseRestartAsync(int size, TimeSpan down, TextWriter log) =>
        OutageDuringResumesAsync("r6-database", "database", size, down, log, c => c.Postgres.StopServerAsync(), c => c.Postgres.StartServerAsync());

    /// <summary>Takes a dependency down at 30 % of the completions and brings it back after <paramref name="down"/>; no node restarts.</summary>
    private static async Task<ChaosReport> OutageDuringResumesAsync(
        string scenario, string what, int size, TimeSpan down, TextWriter log, Func<ChaosCluster, Task> takeDown, Func<ChaosCluster, Task> bringBack)
    {
        var report = new ChaosReport(scenario, size);
        await using var cluster = await ChaosCluster.StartAsync(2);
        using var client = new ChaosClient(cluster.Nodes, GiveUp);
        await client.SignInAsync();
        report.Add("instances started", await ChaosLoad.StartAsync(client, ChaosLoad.ApprovalDefinition, size, "start"));
        var tasks = await ChaosLoad.OpenTasksAsync(cluster);
        using var stop = new CancellationTokenSource();
        Task<Dictionary<string, SortedSet<string>>>? watching = null;
        var outage = Task.CompletedTask;
        var cutAt = (int)(tasks.Count * 0.3);
        var clock = new Stopwatch();
        await ChaosLoad.CompleteAsync(cluster, client, tasks, i =>
        {
            if (i != cutAt)
            {
                return;
            }

            log.WriteLine($"taking the {what} down for {down.TotalSeconds} s");
            clock.Start();
            outage = Task.Run(async () =>
            {
                await takeDown(cluster);
                watching = ChaosLoad.WatchHealthAsync(cluster.Nodes, stop.Token);
                await Task.Delay(down);
                await stop.CancelAsync();
                await bringBack(cluster);
                log.WriteLine($"{what} back");
            });
        });
        await outage;
        report.Add($"{what} down", down);
        report.Add($"health while the {what} was down", Describe(await watching!));
        var healthy = await ChaosLoad.WaitHealthyAsync(cluster.Nodes, TimeSpan.FromMinutes(3));
        report.Add($"healthy again after the {what} came back (no restart)", healthy is { } h ? $"{h.TotalSeconds:0.0} s" : "never (3 min)");
        await FinishAsync(cluster, client, report, size, null, clock);
        return report;
    }

    /// <summary>
    /// R2: every node faults at each point between persistence steps (before and after a commit, after a publish before
    /// its outbox mark, in the relay between claim and publish, in the inbox between its row and the effect) with
    /// probability <paramref name="rate"/>, through the starts and completions of <paramref name="size"/> instances.
    /// </summary>
    /// <remarks>
    /// With <paramref name="crash"/> each fault kills the process (SIGKILL) instead of throwing, and the harness starts a node
    /// that died again after 2 s, as a supervisor would (<see cref="CrashRestarts"/>).
    /// </remarks>
    public static async Task<ChaosReport> FaultInjectionAsync(int size, double rate, TextWriter log, bool crash = false)
    {
        var report = new ChaosReport(crash ? "r2-crashes" : "r2-faults", size);
        await using var cluster = await ChaosCluster.StartAsync(2, new Dictionary<string, string>
        {
            ["Faults:Points"] = string.Join(',', Enum.GetNames<Claims.Web.Infrastructure.Faults.FaultPoint>()),
            ["Faults:Rate"] = rate.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Faults:Crash"] = crash ? "true" : "false",
        });
        await using var restarts = new CrashRestarts(crash ? cluster.Nodes : [], TimeSpan.FromSeconds(2), log);
        using var client = new ChaosClient(cluster.Nodes, GiveUp);
        await client.SignInAsync();
        report.Add("fault probability at each point passed", rate.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture));
        report.Add("starts confirmed by the API", await ChaosLoad.StartAsync(client, ChaosLoad.ApprovalDefinition, size, "start"));
        var tasks = await ChaosLoad.OpenTasksAsync(cluster);
        log.WriteLine($"{tasks.Count} tasks open; completing them under injected faults");
        await ChaosLoad.CompleteAsync(cluster, client, tasks);
        var finished = await ChaosLoad.WaitAllFinishedAsync(cluster, size, FinishWithin);
        report.Add("last completion to all finished", finished is { } f ? $"{f.TotalSeconds:0.0} s" : "not within 5 min");
        await ChaosLoad.SettleAsync(cluster, TimeSpan.FromMinutes(2));
        if (crash)
        {
            // A crash's own warning may die unflushed with the process, so the supervisor's count is the figure.
            report.Add("processes killed by an injected fault", restarts.Crashes);
            report.Add("restarts that came back healthy", restarts.Restarts);
        }

        var injected = cluster.InjectedFaults();
        report.Add(crash ? "fault warnings found in the node logs" : "faults injected", injected.Values.Sum());
        foreach (var (point, count) in injected)
        {
            report.Add($"faults injected at {point}", count);
        }

        AddClient(report, client);
        report.Audit = await ChaosAudit.ReadAsync(cluster);
        return report;
    }

    /// <summary>
    /// R4: <paramref name="size"/> timers (20 s delays) started with no node dispatching timers, both nodes killed, down for
    /// <paramref name="down"/> while every timer falls due, then both started: each timer fires once.
    /// </summary>
    public static async Task<ChaosReport> TimersWhileDownAsync(int size, TimeSpan down, TextWriter log)
    {
        var report = new ChaosReport("r4-timers", size);
        await using var cluster = await ChaosCluster.StartAsync(2, beforeStart: n => n.NextStart["Workflows:TimersEnabled"] = "false");
        using var client = new ChaosClient(cluster.Nodes, GiveUp);
        await client.SignInAsync();
        report.Add("instances started (each waiting on a 20 s timer)", await ChaosLoad.StartAsync(client, ChaosLoad.TimerDefinition, size, "timer"));
        var clock = Stopwatch.StartNew();
        foreach (var node in cluster.Nodes)
        {
            node.Kill();
        }

        log.WriteLine($"both nodes killed; down for {down.TotalSeconds} s");
        await Task.Delay(down);
        report.Add("both nodes down", clock.Elapsed);
        var restart = Stopwatch.StartNew();
        await Task.WhenAll(cluster.Nodes.Select(n => n.StartAsync(ChaosCluster.StartWithin)));
        report.Add("restart of both nodes took", restart.Elapsed);
        var healthyAt = DateTime.UtcNow;
        var finished = await ChaosLoad.WaitAllFinishedAsync(cluster, size, FinishWithin);
        await TimerStages.AddAsync(report, cluster, healthyAt);
        report.Add("restart to all timers fired and finished", finished is { } f ? $"{f.TotalSeconds:0.0} s after both nodes answered healthy ({restart.Elapsed.TotalSeconds:0.0} s after the restart began)" : "not within 5 min");
        await ChaosLoad.SettleAsync(cluster, TimeSpan.FromMinutes(2));
        AddClient(report, client);
        report.Audit = await ChaosAudit.ReadAsync(cluster);
        return report;
    }

    private static async Task FinishAsync(ChaosCluster cluster, ChaosClient client, ChaosReport report, int size, KillOnce? chaos, Stopwatch? since = null)
    {
        if (chaos is not null)
        {
            // Watched from the kill on, so a finish before the restart counts as such.
            var finished = await chaos.AllFinished;
            report.Add("killed node down (kill to healthy again)", chaos.DownFor);
            report.Add("kill to all finished", finished is { } f ? $"{f.TotalSeconds:0.0} s" : "not within 5 min");
            report.Add("all finished before the killed node was back", finished is { } g ? (g < chaos.DownFor ? "yes" : "no") : "-");
        }
        else
        {
            var finished = await ChaosLoad.WaitAllFinishedAsync(cluster, size, FinishWithin);
            report.Add("outage start to all finished", finished is null ? "not within 5 min" : $"{since!.Elapsed.TotalSeconds:0.0} s");
        }

        await ChaosLoad.SettleAsync(cluster, TimeSpan.FromMinutes(2));
        AddClient(report, client);
        report.Audit = await ChaosAudit.ReadAsync(cluster);
    }

    private static void AddClient(ChaosReport report, ChaosClient client)
    {
        report.Add("API requests (retries included)", client.Requests);
        report.Add("client errors (transport or 5xx, each retried on the other node with the same key)", client.ClientErrors);
        report.Add("operations that never got an answer (client gave up after 3 min)", client.GaveUp);
        report.Add("duplicate completions refused with 409", client.Conflicts);
        report.Add("answers lost (committed, the node failed before answering; the key's replay says so)", client.AnswersLost);
    }

    private static string Describe(Dictionary<string, SortedSet<string>> seen) =>
        string.Join("; ", seen.Select(s => $"{s.Key}: {string.Join(", ", s.Value)}"));

    /// <summary>Kills a node (SIGKILL) when the load reaches an index, restarts it after a pause, and times both.</summary>
    private sealed class KillOnce(ChaosCluster cluster, TimeSpan down, int at, int expected, TextWriter log)
    {
        private readonly TaskCompletionSource _restarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource<TimeSpan?> _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly AppNode _victim = cluster.Nodes[^1];

        public Task Restarted => _restarted.Task;

        /// <summary>From the kill to every expected instance finished (null: not within the wait).</summary>
        public Task<TimeSpan?> AllFinished => _finished.Task;

        public TimeSpan DownFor { get; private set; }

        public void At(int index)
        {
            if (index != at)
            {
                return;
            }

            _ = Task.Run(async () =>
            {
                try
                {
                    _victim.Kill();
                    var sinceKill = Stopwatch.StartNew();
                    log.WriteLine($"kill -9 {_victim.Name} at operation {index}");
                    _ = Task.Run(async () => _finished.SetResult(await ChaosLoad.WaitAllFinishedAsync(cluster, expected, FinishWithin)));
                    await Task.Delay(down);
                    await _victim.StartAsync(ChaosCluster.StartWithin);
                    DownFor = sinceKill.Elapsed;
                    log.WriteLine($"{_victim.Name} healthy again {DownFor.TotalSeconds:0.0} s after the kill");
                    _restarted.SetResult();
                }
                catch (Exception ex)
                {
                    _restarted.SetException(ex);
                }
            });
        }
    }
}
