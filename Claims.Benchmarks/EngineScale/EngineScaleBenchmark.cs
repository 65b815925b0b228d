using System.Diagnostics;
using System.Runtime.InteropServices;
using Claims.Benchmarks.Engine;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Benchmarks.EngineScale;

/// <summary>
/// Issue 20 item 7, speed held as data grows: start and resume p50/p99 with the database at each size and the definition
/// at each version count, as ratios to the smallest case measured beside them; the first run of never-used definitions;
/// batched starts against raw ADO.NET; the app's cold start with many definitions. Two databases: S stays small, L grows
/// (seeded through ADO.NET); after each growth step every case is measured in alternating rounds, S's included, so that
/// load on a shared machine hits all cases alike.
/// Options: --sizes 1000,100000,1000000 --versions 1,100,500 --others 50 --rounds 10 --single 20 --batch 100
/// --first-runs 10 --throughput-rounds 20 --cold 100 --cold-runs 3.
/// </summary>
public static class EngineScaleBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var sizes = BenchmarkArgs.Ints(args, "--sizes", [1_000, 100_000, 1_000_000]);
        var versions = BenchmarkArgs.Ints(args, "--versions", [1, 100, 500]);
        var others = BenchmarkArgs.Int(args, "--others", 50);
        var rounds = BenchmarkArgs.Int(args, "--rounds", 10);
        var single = BenchmarkArgs.Int(args, "--single", 20);
        var batch = BenchmarkArgs.Int(args, "--batch", 100);
        Console.WriteLine($"Engine at scale: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; " +
            $"sizes {string.Join(", ", sizes.Select(s => s.ToString("N0")))}, versions {string.Join(", ", versions)}, {others} other definitions; " +
            $"{rounds} rounds of {single} single and {batch} batched operations per case. {Load()}");
        var total = Stopwatch.StartNew();

        var plans = new QueryPlans();
        await using var small = await BenchDatabase.CreateAsync();
        await using var large = await BenchDatabase.CreateAsync(s => s.AddSingleton<IInterceptor>(plans));
        var seedS = await PrepareAsync(small, versions, others);
        var seedL = await PrepareAsync(large, versions, others);
        await seedS.SeedToAsync(sizes[0], "S");
        await seedL.SeedToAsync(sizes[0], "L");

        var baseline = Cases(small, seedS, versions, sizes[0]);
        foreach (var c in baseline.Concat(Cases(large, seedL, versions, sizes[0])))
        {
            await c.RoundAsync(2, 10); // warm-up: JIT, caches, every version's first parse
        }

        for (var step = 1; step < sizes.Length; step++)
        {
            Console.WriteLine($"Seeding L to {sizes[step]:N0} instances (1 M takes minutes) …");
            await seedL.SeedToAsync(sizes[step], "L");
            var cases = (step == 1 ? Cases(small, seedS, versions, sizes[0]) : Cases(small, seedS, versions[..1], sizes[0]))
                .Concat(Cases(large, seedL, versions, sizes[step])).ToList();
            Console.WriteLine($"Measuring {cases.Count} cases, {rounds} alternating rounds. {Load()}");
            for (var round = 0; round < rounds; round++)
            {
                foreach (var c in cases.Skip(round % cases.Count).Concat(cases.Take(round % cases.Count)))
                {
                    await c.RoundAsync(single, batch);
                }
            }

            Print(cases, batch);
            Console.WriteLine(Load());
        }

        Console.WriteLine();
        Console.WriteLine($"Query plans of one start and one resume on L ({seedL.Count:N0} instances, definition with {versions[^1]} versions):");
        plans.Recording = true;
        await Cases(large, seedL, versions[^1..], seedL.Count)[0].RoundAsync(1, 1);
        plans.Recording = false;
        await plans.PrintAsync(large);

        await FirstRunsAsync(small, BenchmarkArgs.Int(args, "--first-runs", 10));
        await ThroughputAsync(small, BenchmarkArgs.Int(args, "--throughput-rounds", 20), batch);

        Console.WriteLine();
        Console.WriteLine($"Cold start, {BenchmarkArgs.Int(args, "--cold", 100)} definitions (process start → first 200 from /health). {Load()}");
        await ColdStart.RunAsync(BenchmarkArgs.Int(args, "--cold", 100), BenchmarkArgs.Int(args, "--cold-runs", 3));
        Console.WriteLine($"Done in {total.Elapsed.TotalMinutes:N1} min. {Load()}");
    }

    /// <summary>The target definitions (one per version count) and the others, published; the seeding template captured from a real instance.</summary>
    private static async Task<ScaleSeeder> PrepareAsync(BenchDatabase database, int[] versions, int others)
    {
        var slots = new List<SeedSlot>();
        foreach (var count in versions)
        {
            slots.Add(await ScaleDefinitions.PublishAsync(database, Target(count), count, weight: 100, variant: count));
        }

        for (var i = 1; i <= others; i++)
        {
            slots.Add(await ScaleDefinitions.PublishAsync(database, $"scale-other-{i:00}", 1, weight: 2, variant: 1000 + i));
        }

        var templates = await CaptureAsync(database, Target(versions[0]));
        return new ScaleSeeder(database, templates, slots);
    }

    private static async Task<RowTemplates> CaptureAsync(BenchDatabase database, string definitionId)
    {
        var scenarios = new EngineScenarios(database, definitionId);
        await scenarios.EngineStartAsync(new(0), 1);
        var waiting = await scenarios.OpenBookmarksAsync();
        RowTemplates templates;
        await using (var scope = database.Scope())
        {
            templates = await RowTemplates.CaptureWaitingAsync(scope.ServiceProvider.GetRequiredService<ClaimsDbContext>(), waiting[0]);
        }

        scenarios.Templates = templates;
        await scenarios.EngineResumeAsync(new(0), waiting);
        await using (var scope = database.Scope())
        {
            return await templates.WithResumeAsync(scope.ServiceProvider.GetRequiredService<ClaimsDbContext>());
        }
    }

    private static List<ScaleCase> Cases(BenchDatabase database, ScaleSeeder seeder, int[] versions, int size) =>
        versions.Select(v => new ScaleCase($"{size:N0} instances, {v} versions", size, v,
            database.Scope, Target(v), seeder.Waiting[Target(v)])).ToList();

    private static string Target(int versions) => $"scale-{versions}-versions";

    private static void Print(List<ScaleCase> cases, int batch)
    {
        var b = cases[0];
        Console.WriteLine();
        Console.WriteLine($"Ratios (×) against the first row, measured in the same rounds. ms per operation; batched = one SaveChanges per {batch}, ms per operation of each batch.");
        Console.WriteLine();
        Console.WriteLine("| Instances | Versions | Start p50 / p99 | Resume p50 / p99 | Resume existing p50 / p99 | Batched start p50 / p99 | Batched resume p50 / p99 |");
        Console.WriteLine("|---:|---:|---|---|---|---|---|");
        foreach (var c in cases)
        {
            Console.WriteLine($"| {c.Instances:N0} | {c.Versions} | {Cell(c.Start, b.Start)} | {Cell(c.Resume, b.Resume)} | {Cell(c.ResumeExisting, b.ResumeExisting)} " +
                $"| {Cell(c.BatchStart, b.BatchStart)} | {Cell(c.BatchResume, b.BatchResume)} |");
        }
    }

    private static string Cell(List<double> values, List<double> baseline)
    {
        var (p50, p99) = (Percentile.Of(values, 0.5), Percentile.Of(values, 0.99));
        return $"{p50:N2} (×{p50 / Percentile.Of(baseline, 0.5):N2}) / {p99:N2} (×{p99 / Percentile.Of(baseline, 0.99):N2})";
    }

    /// <summary>Parse + first start of definitions nobody ran before (each published, never loaded), beside warm starts of one that ran.</summary>
    private static async Task FirstRunsAsync(BenchDatabase database, int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await database.PublishJsonAsync(ScaleDefinitions.Json($"first-run-{i:00}", 5000 + i)));
        }

        var first = new List<double>();
        var warm = new List<double>();
        foreach (var id in ids)
        {
            first.Add(await TimedStartAsync(database, id));
            warm.Add(await TimedStartAsync(database, id));
        }

        Console.WriteLine();
        Console.WriteLine($"First run of a never-used definition ({count} distinct definitions; load the version, parse, first start, SaveChanges): " +
            $"p50 {Percentile.Of(first, 0.5):N1} ms, max {first.Max():N1} ms; the second start of each: p50 {Percentile.Of(warm, 0.5):N1} ms. {Load()}");
    }

    private static async Task<double> TimedStartAsync(BenchDatabase database, string definitionId)
    {
        var clock = Stopwatch.StartNew();
        await using var scope = database.Scope();
        var result = await scope.ServiceProvider.GetRequiredService<WorkflowHost>().StartAsync(definitionId);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(result.Message);
        }

        await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().SaveChangesAsync();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static async Task ThroughputAsync(BenchDatabase database, int rounds, int batch)
    {
        var definitionId = Target(1);
        var templates = await CaptureAsync(database, definitionId);
        await using var before = database.WithoutJournalWriter();
        var starts = new BatchedStarts(database, before, templates, definitionId);
        await starts.RunAsync(2, batch); // warm-up
        starts = new BatchedStarts(database, before, templates, definitionId);
        await starts.RunAsync(rounds, batch);
        var raw = starts.RawAdo.Order().ElementAt(starts.RawAdo.Count / 2);
        Console.WriteLine();
        Console.WriteLine($"Batched starts, {rounds} rounds of {batch} per way, alternating; starts/s, median (range). {Load()}");
        Console.WriteLine();
        Console.WriteLine("| Way | Starts/s | Of raw ADO.NET |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (name, values) in new[]
        {
            ("Engine, journal through JournalWriter (now)", starts.Engine), ("Engine, journal through EF Core (before)", starts.EngineBefore),
            ("Raw EF Core, same rows", starts.RawEf), ("Raw ADO.NET, same rows, reused INSERTs, one transaction", starts.RawAdo),
        })
        {
            var median = values.Order().ElementAt(values.Count / 2);
            Console.WriteLine($"| {name} | {median:N0} ({values.Min():N0}–{values.Max():N0}) | {median / raw:P0} |");
        }
    }

    private static string Load() => $"Load average: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}.";
}
