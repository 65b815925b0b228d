using System.Diagnostics;
using System.Globalization;
using Claims.Web.Features.Kpis;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Benchmarks.Kpis;

/// <summary>
/// <c>dashboard [policies=1000000] [claims=150000] [runs=7]</c>: the managers' dashboard (<see cref="DashboardKpis.LoadAsync"/>, as the
/// page runs it) over a generated book on SQLite, for the default 12 months and for one region; each table alone too. After one
/// warm-up, median and max of the runs, against a baseline timed in the same runs: <c>SELECT COUNT(*)</c> of the policies.
/// </summary>
internal static class DashboardBenchmark
{
    private static readonly (string Name, Func<KpiFilter, ClaimsDbContext, Task> Query)[] Tables =
    [
        ("agents (scorecard)", (f, db) => AgentKpis.QueryAsync(f, db, default)),
        ("cycle times", (f, db) => ClaimCycleTimes.QueryAsync(f, db, default)),
        ("leakage by adjuster", (f, db) => LeakageByAdjuster.QueryAsync(f, db, default)),
        ("renewals by region and month", (f, db) => RenewalRates.QueryAsync(f, db, default)),
        ("satisfaction", (f, db) => SatisfactionResults.QueryAsync(f, db, default)),
    ];

    public static async Task RunAsync(string[] args)
    {
        var policies = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var claims = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 150_000;
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7;
        var today = new DateOnly(2026, 11, 24);
        await using var book = await TempBook.CreateAsync("claims-dashboard-");
        var watch = Stopwatch.StartNew();
        var size = await DashboardBook.GenerateAsync(book, policies, claims, today);
        await book.AnalyzeAsync();
        Console.WriteLine($"Book: {size} generated in {watch.Elapsed.TotalSeconds:N0} s; file {new FileInfo(book.ConnectionString["Data Source=".Length..]).Length / 1048576.0:N0} MB");

        var all = new KpiFilter(today.AddYears(-1).AddDays(1), today, null);
        foreach (var filter in new[] { all, all with { Region = "SH" } })
        {
            await MeasureAsync(book, filter, runs);
        }
    }

    private static async Task MeasureAsync(TempBook book, KpiFilter filter, int runs)
    {
        var timings = new Dictionary<string, List<double>>();
        void Add(string name, double ms) => (timings.TryGetValue(name, out var list) ? list : timings[name] = []).Add(ms);
        for (var run = 0; run <= runs; run++)
        {
            var warmUp = run == 0;
            Add("baseline: SELECT COUNT(*) FROM Policies", await TimeAsync(book, db => db.Policies.CountAsync()));
            Add("dashboard (page composition)", await TimeAsync(book, db => DashboardKpis.LoadAsync(filter, db, default)));
            foreach (var (name, query) in Tables)
            {
                Add(name, await TimeAsync(book, db => query(filter, db)));
            }

            if (warmUp)
            {
                timings.Clear();
            }
        }

        Console.WriteLine($"Filter {filter.From:yyyy-MM-dd}..{filter.To:yyyy-MM-dd}, region {filter.Region ?? "all"}: {runs} runs after one warm-up, ms (median / max)");
        var baseline = Median(timings.First().Value);
        foreach (var (name, list) in timings)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-40} {Median(list),8:N1} / {list.Max(),8:N1}   × baseline {Median(list) / baseline,7:N1}"));
        }
    }

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
