using System.Runtime.InteropServices;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Benchmarks.Engine;

/// <summary>
/// Workflow engine throughput on SQLite: start → first bookmark and resume → finish through WorkflowHost, side by
/// side with raw EF Core writes of the same rows, interleaved per iteration so both see the same machine state.
/// Options: --iterations 5 --count 1000 --batch 100 --single 100.
/// </summary>
public static class EngineBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var iterations = BenchmarkArgs.Int(args, "--iterations", 5);
        var count = BenchmarkArgs.Int(args, "--count", 1000);
        var batch = BenchmarkArgs.Int(args, "--batch", 100);
        var single = BenchmarkArgs.Int(args, "--single", 100);
        Console.WriteLine($"Workflow engine benchmark: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, " +
            $".NET {Environment.Version}, {iterations} iterations of {count} (batches of {batch}) and {single} (SaveChanges each)");

        await using var database = await BenchDatabase.CreateAsync();
        var definitionId = await database.PublishAsync(Path.Combine(AppContext.BaseDirectory, "Engine", "engine-benchmark.json"));
        var scenarios = new EngineScenarios(database, definitionId);
        await WarmUpAsync(database, scenarios, batch);

        var results = new Results();
        for (var i = 1; i <= iterations; i++)
        {
            var rows = scenarios.Templates!;
            await PairedAsync(scenarios, results.EngineStart.Add(new(rows.StartRows)), results.EngineResume.Add(new(rows.ResumeRows)),
                results.RawStart.Add(new(rows.StartRows)), results.RawResume.Add(new(rows.ResumeRows)), count / batch, batch);
            await PairedAsync(scenarios, results.EngineStartSingle.Add(new(rows.StartRows)), results.EngineResumeSingle.Add(new(rows.ResumeRows)),
                results.RawStartSingle.Add(new(rows.StartRows)), results.RawResumeSingle.Add(new(rows.ResumeRows)), single, 1);
            await scenarios.RunnerOnlyAsync(results.RunnerStart.Add(new(0)), results.RunnerResume.Add(new(0)), count);
            Console.WriteLine($"  iteration {i}: engine {results.EngineStart.Last:N0} starts/s, {results.EngineResume.Last:N0} resumes/s; " +
                $"raw {results.RawStart.Last:N0} starts/s, {results.RawResume.Last:N0} resumes/s");
        }

        Console.WriteLine();
        results.Print(batch, scenarios.Templates!);
        await PrintStorageAsync(database, scenarios, results, count, batch);
    }

    private static async Task WarmUpAsync(BenchDatabase database, EngineScenarios scenarios, int batch)
    {
        await scenarios.EngineStartAsync(new(0), batch);
        var waiting = await scenarios.OpenBookmarksAsync();
        await using (var scope = database.Scope())
        {
            scenarios.Templates = await RowTemplates.CaptureWaitingAsync(scope.ServiceProvider.GetRequiredService<ClaimsDbContext>(), waiting[0]);
        }

        await scenarios.EngineResumeAsync(new(0), waiting);
        await using (var scope = database.Scope())
        {
            scenarios.Templates = await scenarios.Templates.WithResumeAsync(scope.ServiceProvider.GetRequiredService<ClaimsDbContext>());
        }

        await PairedAsync(scenarios, new(0), new(0), new(0), new(0), 2, batch);
        await PairedAsync(scenarios, new(0), new(0), new(0), new(0), 10, 1);
        await scenarios.RunnerOnlyAsync(new(0), new(0), batch);
    }

    /// <summary>
    /// Engine and raw batches alternate (engine first, then raw first), so both see the same load on a shared machine:
    /// <paramref name="rounds"/> start batches each, then every bookmark they created is resumed the same way.
    /// </summary>
    private static async Task PairedAsync(
        EngineScenarios scenarios, Measurement engineStart, Measurement engineResume, Measurement rawStart, Measurement rawResume, int rounds, int size)
    {
        var raw = new List<Guid>();
        for (var round = 0; round < rounds; round++)
        {
            if (round % 2 == 0)
            {
                await scenarios.EngineStartAsync(engineStart, size);
                raw.AddRange(await scenarios.RawStartAsync(rawStart, size));
            }
            else
            {
                raw.AddRange(await scenarios.RawStartAsync(rawStart, size));
                await scenarios.EngineStartAsync(engineStart, size);
            }
        }

        var engine = await scenarios.OpenBookmarksAsync(raw.ToHashSet());
        var pairs = engine.Chunk(size).Zip(raw.Chunk(size)).ToList();
        for (var round = 0; round < pairs.Count; round++)
        {
            var (engineBatch, rawBatch) = pairs[round];
            if (round % 2 == 0)
            {
                await scenarios.EngineResumeAsync(engineResume, engineBatch);
                await scenarios.RawResumeAsync(rawResume, rawBatch);
            }
            else
            {
                await scenarios.RawResumeAsync(rawResume, rawBatch);
                await scenarios.EngineResumeAsync(engineResume, engineBatch);
            }
        }
    }

    /// <summary>What a waiting instance costs at rest: its rows' bytes, and the file growth per instance with journal and indexes.</summary>
    private static async Task PrintStorageAsync(BenchDatabase database, EngineScenarios scenarios, Results results, int count, int batch)
    {
        var before = await database.CheckpointedSizeAsync();
        for (var started = 0; started < count; started += batch)
        {
            await scenarios.EngineStartAsync(new(0), batch);
        }

        var after = await database.CheckpointedSizeAsync();
        var state = await database.ScalarAsync(
            $"SELECT avg(length(CAST(\"StateJson\" AS BLOB))) AS \"Value\" FROM \"Instances\" WHERE \"Status\" = '{nameof(Claims.Workflows.Engine.WorkflowStatus.Suspended)}'");
        var instance = await database.AverageRowBytesAsync<WorkflowInstanceRecord>($"\"Status\" = '{nameof(Claims.Workflows.Engine.WorkflowStatus.Suspended)}'");
        var bookmark = await database.AverageRowBytesAsync<BookmarkRecord>("\"ConsumedAt\" IS NULL");
        var task = await database.AverageRowBytesAsync<WorkTask>($"\"Status\" = '{nameof(WorkTaskStatus.Open)}'");
        var journal = await database.AverageRowBytesAsync<JournalRecord>("1 = 1") * scenarios.Templates!.StartJournal.Count;
        Console.WriteLine();
        Console.WriteLine($"Memory per waiting instance ({count} waiting, SQLite column bytes; GUIDs and dates are stored as text):");
        Console.WriteLine();
        Console.WriteLine("| Item | Bytes |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| StateJson | {state:N0} |");
        Console.WriteLine($"| Instance row (StateJson included) | {instance:N0} |");
        Console.WriteLine($"| Bookmark row (payload included) | {bookmark:N0} |");
        Console.WriteLine($"| Work task row | {task:N0} |");
        Console.WriteLine($"| Instance + bookmark + task | {instance + bookmark + task:N0} |");
        Console.WriteLine($"| Journal so far ({scenarios.Templates.StartJournal.Count} rows) | {journal:N0} |");
        Console.WriteLine($"| Database file growth per instance (all rows and indexes) | {(after - before) / (double)count:N0} |");
        Console.WriteLine($"| Managed allocations per engine start, batched (GC.GetTotalAllocatedBytes) | {results.EngineStart.Median.BytesPerOperation:N0} |");
        Console.WriteLine($"| Managed allocations per engine resume, batched | {results.EngineResume.Median.BytesPerOperation:N0} |");
        Console.WriteLine($"| Managed allocations per runner start (no database) | {results.RunnerStart.Median.BytesPerOperation:N0} |");
    }
}
