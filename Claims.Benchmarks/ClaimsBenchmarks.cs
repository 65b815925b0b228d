using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Claims.Domain.Claims;
using Claims.Domain.Common;
using Claims.Domain.Estimates;
using Claims.Domain.Policies;
using Claims.Web.Features.ReferenceData;
using Claims.Web.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Claims.Benchmarks;

/// <summary>
/// Claims benchmarks, by name: <c>parts</c> (type-ahead look-ups on a 1,000,000-row catalogue on SQLite, p99)
/// and <c>estimate</c> (totals, price verification and the repair rule of a 60-line estimate, BenchmarkDotNet).
/// Run in Release: <c>dotnet run -c Release --project Claims.Benchmarks -- parts</c>.
/// </summary>
public static class ClaimsBenchmarks
{
    /// <summary>Totals, price verification and the repair rule of a 60-line estimate.</summary>
    public static Task EstimateAsync(string[] args)
    {
        BenchmarkRunner.Run<EstimateTotalsBenchmark>(
            ManualConfig.CreateMinimumViable().AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance)));
        return Task.CompletedTask;
    }
}

/// <summary>The 60-line estimate of a heavy front-end collision: 20 parts, 25 labour lines, 15 painted panels.</summary>
[MemoryDiagnoser]
public class EstimateTotalsBenchmark
{
    private EstimateLine[] _lines = [];
    private readonly EstimateRules _rules = EstimateRules.Default;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(60);
        var lines = new List<EstimateLine>();
        for (var i = 0; i < 20; i++)
        {
            var price = Math.Round((decimal)(random.NextDouble() * 3000 + 50), 2);
            lines.Add(EstimateLine.Part($"P-{i:D4}", $"Part {i}", $"POS_{i}", PriceChannel.FourS, 1 + i % 2, price * (i % 5 == 0 ? 1.3m : 1m), price));
        }

        for (var i = 0; i < 25; i++)
        {
            var hours = Math.Round((decimal)(random.NextDouble() * 4 + 0.3), 1);
            lines.Add(EstimateLine.Labour($"POS_{i % 20}", (WorkType)(i % 4), hours, 120m, hours, i % 4 == 2 ? 800m : null));
        }

        for (var i = 0; i < 15; i++)
        {
            lines.Add(EstimateLine.Paint($"POS_{i}", 450m + i * 10, 450m + i * 10));
        }

        _lines = [.. lines];
    }

    [Benchmark]
    public EstimateTotals Totals() => EstimateCalculator.Calculate(_lines, true, 300m, LiabilityShare.Major, 500m, _rules);

    [Benchmark]
    public int TotalsWithChecks() =>
        EstimateCalculator.Calculate(_lines, true, 300m, LiabilityShare.Major, 500m, _rules).PaintedPanels
        + PriceVerification.Check(_lines, _rules.PriceTolerance).Count
        + RepairOrReplace.Check(_lines, _rules.RepairReplaceThreshold).Count;
}

/// <summary>The real GET /api/parts handler, one DbContext per look-up as per request, against a generated catalogue.</summary>
internal static class PartsLookup
{
    private const int Models = 25;
    private const int PartsPerModel = 5_000;
    private static readonly string[] Regions = ["SH", "BJ"];
    private static readonly PriceChannel[] Channels = Enum.GetValues<PriceChannel>();

    private static readonly string[] Nouns =
    [
        "Bumper cover", "Bumper bracket", "Bonnet", "Bonnet hinge", "Wing", "Door shell", "Door seal", "Door handle", "Mirror glass",
        "Mirror cover", "Headlamp", "Tail lamp", "Fog lamp", "Grille", "Radiator", "Condenser", "Fan", "Sensor", "Camera", "Radar",
        "Wheel arch liner", "Sill panel", "Quarter panel", "Boot lid", "Tailgate", "Roof panel", "Windscreen", "Wiper arm", "Clip", "Bolt",
    ];

    private static readonly string[] Places = ["Front", "Rear", "Left front", "Right front", "Left rear", "Right rear", "Upper", "Lower", "Inner", "Outer"];

    public static async Task RunAsync(string[] args)
    {
        var lookups = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5_000;
        var folder = Directory.CreateTempSubdirectory("claims-bench-").FullName;
        var connection = $"Data Source={Path.Combine(folder, "parts.db")}";
        var options = new DbContextOptionsBuilder<SqliteClaimsDbContext>().UseSqlite(connection).Options;
        try
        {
            var on = new DateOnly(2026, 6, 1);
            var watch = Stopwatch.StartNew();
            var rows = await GenerateAsync(options, on);
            Console.WriteLine($"Catalogue: {rows:N0} rows ({Models} models × {Regions.Length} regions × {PartsPerModel:N0} parts × {Channels.Length} channels) inserted and indexed in {watch.Elapsed.TotalSeconds:N1} s");

            var random = new Random(7);
            var queries = Enumerable.Range(0, lookups + 500).Select(_ => Query(random)).ToList();
            // As the estimate builder asks (a screenful of 25), then as a plain API client does (the 200 default).
            foreach (var limit in new int?[] { 25, null })
            {
                await MeasureAsync(options, queries, limit);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task MeasureAsync(DbContextOptions<SqliteClaimsDbContext> options, List<(string Model, string Region, string Q)> queries, int? limit)
    {
        var timings = new List<double>(queries.Count);
        var found = 0L;
        var time = TimeProvider.System;
        for (var i = 0; i < queries.Count; i++)
        {
            var (model, region, q) = queries[i];
            var start = Stopwatch.GetTimestamp();
            await using var db = new SqliteClaimsDbContext(options);
            var result = await SearchParts.Handle(model, region, q, "2026-06-01", limit, db, time, default);
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (result.Result is Microsoft.AspNetCore.Http.HttpResults.Ok<SearchParts.Response> ok)
            {
                found += ok.Value!.Parts.Count;
            }

            if (i >= 500)
            {
                timings.Add(elapsed); // the first 500 warm the JIT, EF's query cache and SQLite's page cache
            }
        }

        timings.Sort();
        double P(double p) => timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(p * timings.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GET /api/parts handler, limit={(limit?.ToString(CultureInfo.InvariantCulture) ?? "default 200")}, {timings.Count:N0} look-ups (name prefixes 2–12 chars, part-number prefixes 3–8 chars), {found / (double)queries.Count:N1} parts per answer:"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  mean {timings.Average():N3} ms · p50 {P(0.50):N3} ms · p95 {P(0.95):N3} ms · p99 {P(0.99):N3} ms · max {timings[^1]:N3} ms"));
    }

    private static (string Model, string Region, string Q) Query(Random random)
    {
        var model = ModelCode(random.Next(Models));
        var region = Regions[random.Next(Regions.Length)];
        var part = random.Next(PartsPerModel);
        var q = random.Next(3) == 0
            ? PartNumber(model, part)[..random.Next(3, 9)]
            : PartName(part)[..Math.Min(PartName(part).Length, random.Next(2, 13))];
        return (model, region, q);
    }

    private static async Task<long> GenerateAsync(DbContextOptions<SqliteClaimsDbContext> options, DateOnly on)
    {
        await using (var db = new SqliteClaimsDbContext(options))
        {
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            db.Regions.AddRange(Regions.Select(r => Region.Create(r, r)));
            db.VehicleModels.AddRange(Enumerable.Range(0, Models).Select(m => VehicleModel.Create(ModelCode(m), "Make", $"Model {m}", null, 100_000m + m * 20_000m)));
            await db.SaveChangesAsync();
        }

        long count = 0;
        for (var m = 0; m < Models; m++)
        {
            var random = new Random(m);
            var batch = new List<PartPrice>(PartsPerModel * Channels.Length * Regions.Length);
            for (var p = 0; p < PartsPerModel; p++)
            {
                var number = PartNumber(ModelCode(m), p);
                var name = PartName(p);
                var fourS = Math.Round((decimal)(random.NextDouble() * 5000 + 20), 0);
                foreach (var region in Regions)
                {
                    foreach (var channel in Channels)
                    {
                        var price = channel switch { PriceChannel.FourS => fourS, PriceChannel.Oem => fourS * 0.78m, PriceChannel.Aftermarket => fourS * 0.5m, _ => fourS * 0.27m };
                        batch.Add(PartPrice.Create("BENCH-2026", ModelCode(m), region, number, name, $"POS_{p % 100}", channel, Money.Of(price).Amount, on.AddYears(-1), null));
                    }
                }
            }

            await using var db = new SqliteClaimsDbContext(options);
            await db.InsertManyAsync(batch, default);
            count += batch.Count;
        }

        await using (var db = new SqliteClaimsDbContext(options))
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE;");
        }

        return count;
    }

    private static string ModelCode(int m) => string.Create(CultureInfo.InvariantCulture, $"BENCH-MODEL-{m:D2}");

    private static string PartNumber(string model, int p) => string.Create(CultureInfo.InvariantCulture, $"{model[^2..]}{p * 7919 % 100_000:D5}-{p % 97:D2}");

    private static string PartName(int p) => $"{Places[p % Places.Length]} {Nouns[p / Places.Length % Nouns.Length].ToLowerInvariant()} {p / (Places.Length * Nouns.Length) + 1}";
}
