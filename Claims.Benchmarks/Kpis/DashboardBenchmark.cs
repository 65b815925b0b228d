using System.Diagnostics;
using System.Globalization;
using Claims.Web.Features.Kpis;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Benchmarks.Kpis;

/// <summary>
/// <c>dashboard [policies=1000000] [claims=150000] [runs=7] [keep-folder]</c>: the managers' dashboard
/// (<see cref="DashboardKpis.LoadAsync"/>, as the page runs it) over a generated book on SQLite, for the default 12 months
/// and for one region, first with every renewal counted live, then after the nightly renewal snapshot; each query alone
/// too. After one warm-up, median and max of the runs, against a baseline timed in the same runs: <c>SELECT COUNT(*)</c>
/// of the policies.
/// </summary>
internal static class DashboardBenchmark
{
    /// <summary>Each query of the composition alone; the agent ids are the region's agents (null: all), as the page passes them.</summary>
    private static readonly (string Name, Func<KpiFilter, IReadOnlyCollection<Guid>?, ClaimsDbContext, Task> Query)[] Queries =
    [
        ("premium by agent", (f, ids, db) => PremiumByAgent.QueryAsync(f, ids, db, default)),
        ("claims by agent", (f, ids, db) => AgentKpis.ClaimsAsync(f, ids, db, default)),
        ("renewal outcomes", (f, ids, db) => RenewalOutcomes.QueryAsync(f, ids, db, default)),
        ("cycle times", (f, _, db) => ClaimCycleTimes.QueryAsync(f, db, default)),
        ("closed audits (both leakage tables)", (f, _, db) => LeakageByAdjuster.AuditsAsync(f, db, default)),
        ("satisfaction", (f, _, db) => SatisfactionResults.QueryAsync(f, db, default)),
    ];

    public static async Task RunAsync(string[] args)
    {
        var policies = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var claims = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 150_000;
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7;
        var today = new DateOnly(2026, 11, 24);
        // A keep folder holds the book between runs: generating it takes minutes, timing it seconds.
        var (book, existed) = args.Length > 3 ? await TempBook.KeptAsync(args[3]) : (await TempBook.CreateAsync("claims-dashboard-"), false);
        await using var _ = book;
        if (!existed)
        {
            var watch = Stopwatch.StartNew();
            var size = await DashboardBook.GenerateAsync(book, policies, claims, today);
            await book.AnalyzeAsync();
            Console.WriteLine($"Book: {size} generated in {watch.Elapsed.TotalSeconds:N0} s");
        }

        Console.WriteLine($"Book file {new FileInfo(book.FilePath).Length / 1048576.0:N0} MB; load average {LoadAverage()}");
        await using var services = book.Services();
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        await using (var db = book.Open())
        {
            await db.Set<RenewalSnapshotRange>().ExecuteDeleteAsync();
        }

        var all = new KpiFilter(today.AddYears(-1).AddDays(1), today, null);
        var filters = new[] { all, all with { Region = "SH" } };
        foreach (var filter in filters)
        {
            await MeasureAsync(book, scopes, filter, runs, "every renewal live");
        }

        var job = Stopwatch.StartNew();
        var summary = await new RenewalSnapshotJob(scopes, TimeProvider.System).RunAsync(today, default);
        Console.WriteLine($"Nightly renewal snapshot: {summary} in {job.Elapsed.TotalSeconds:N1} s");
        foreach (var filter in filters)
        {
            await MeasureAsync(book, scopes, filter, runs, "after the nightly renewal snapshot");
        }
    }

    private static async Task MeasureAsync(TempBook book, IServiceScopeFactory scopes, KpiFilter filter, int runs, string what)
    {
        IReadOnlyCollection<Guid>? ids;
        await using (var db = book.Open())
        {
            ids = AgentKpis.AgentIds(filter, await AgentKpis.AgentsAsync(filter, db, default));
        }

        var timings = new Dictionary<string, List<double>>();
        void Add(string name, double ms) => (timings.TryGetValue(name, out var list) ? list : timings[name] = []).Add(ms);
        for (var run = 0; run <= runs; run++)
        {
            Add("baseline: SELECT COUNT(*) FROM Policies", await TimeAsync(book, db => db.Policies.CountAsync()));
            var clock = Stopwatch.StartNew();
            await DashboardKpis.LoadAsync(filter, scopes, default);
            Add("dashboard (page composition, concurrent)", clock.Elapsed.TotalMilliseconds);
            foreach (var (name, query) in Queries)
            {
                Add("  " + name, await TimeAsync(book, db => query(filter, ids, db)));
            }

            if (run == 0)
            {
                timings.Clear(); // the warm-up
            }
        }

        Console.WriteLine($"{filter.From:yyyy-MM-dd}..{filter.To:yyyy-MM-dd}, region {filter.Region ?? "all"}, {what}: {runs} runs after a warm-up, ms median / max; load average {LoadAverage()}");
        var baseline = Median(timings.First().Value);
        foreach (var (name, list) in timings)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-44} {Median(list),8:N1} / {list.Max(),8:N1}   × baseline {Median(list) / baseline,6:N1}"));
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "n/a";

    /// <summary>One fresh context per call, as one request would have.</summary>
    private static async Task<double> TimeAsync(TempBook book, Func<ClaimsDbContext, Task> work)
    {
        await using var db = book.Open();
        var clock = Stopwatch.StartNew();
        await work(db);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
