using Claims.Benchmarks;
using Claims.Benchmarks.Engine;

// One entry per benchmark; later sections (parts lookup, sweep) add theirs here.
var benchmarks = new Dictionary<string, Func<string[], Task>>(StringComparer.OrdinalIgnoreCase)
{
    ["engine"] = EngineBenchmark.RunAsync,
    ["engine-scale"] = Claims.Benchmarks.EngineScale.EngineScaleBenchmark.RunAsync,
    ["cold-start"] = Claims.Benchmarks.EngineScale.ColdStartComparison.RunAsync,
    ["parts"] = PartsLookup.RunAsync,
    ["estimate"] = ClaimsBenchmarks.EstimateAsync,
    ["sweep"] = Claims.Benchmarks.Renewals.SweepBenchmark.RunAsync,
    ["delivery"] = Claims.Benchmarks.Renewals.DeliveryBenchmark.RunAsync,
    ["dashboard"] = Claims.Benchmarks.Kpis.DashboardBenchmark.RunAsync,
    ["chaos"] = Claims.Benchmarks.Chaos.ChaosBenchmark.RunAsync,
    ["evidence"] = Claims.Benchmarks.Evidence.EvidenceBenchmark.RunAsync,
    ["alterations"] = Claims.Benchmarks.Alterations.AlterationBenchmark.RunAsync,
    ["portal-upload"] = Claims.Benchmarks.Evidence.PortalUploadBenchmark.RunAsync,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"Usage: dotnet run -c Release --project Claims.Benchmarks -- <{string.Join('|', benchmarks.Keys)}> [options]");
    return 2;
}

await run(args[1..]);
return Environment.ExitCode;
