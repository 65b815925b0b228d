using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using Claims.Benchmarks.Engine;
using Claims.Web.ElsaApi;
using Claims.Web.Features.Workflows;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Alterations;
using Claims.Workflows.Definitions;
using Claims.Workflows.Engine;
using Claims.Workflows.Hosting;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Benchmarks.Alterations;

/// <summary>
/// Migrating parked instances v1 → v2 on SQLite: N instances wait at a human task of v1; a plan maps the task to v2's renamed
/// one; every job runs through <see cref="AlterationJobRunner"/> (what the consumer calls) in its own unit of work.
/// Checks that no activity ran (journal rows unchanged) and every variable is identical. Options: --count 1000.
/// </summary>
public static class AlterationBenchmark
{
    private const string DefinitionId = "alteration-benchmark";

    public static async Task RunAsync(string[] args)
    {
        var count = args.SkipWhile(a => a != "--count").Skip(1).Select(int.Parse).DefaultIfEmpty(1000).First();
        Console.WriteLine($"Alteration benchmark: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {count} parked instances v1 → v2");
        await using var database = await BenchDatabase.CreateAsync();
        await PublishAsync(database, Definition(1));
        var ids = await StartAsync(database, count);
        await PublishAsync(database, Definition(2));
        var before = await StatesAsync(database);
        var journalBefore = await JournalRowsAsync(database);

        var plan = new AlterationPlanRequest(null,
            [new Alteration(Alteration.Migrate, 2, new() { ["review"] = "review2" })],
            new AlterationFilter(DefinitionId: DefinitionId, Version: 1, Statuses: ["Suspended"]));
        var dryRun = Stopwatch.StartNew();
        AlterationEndpoints.DryRunResponse checkedPlan;
        await using (var scope = database.Scope())
        {
            checkedPlan = await AlterationEndpoints.DryRunAsync(plan, scope.ServiceProvider.GetRequiredService<ClaimsDbContext>(),
                scope.ServiceProvider.GetRequiredService<WorkflowAlterations>(), default);
        }

        dryRun.Stop();
        List<Guid> jobs;
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
            var submitted = await AlterationEndpoints.SubmitAsync(plan, Guid.CreateVersion7(), db, "benchmark", DateTime.UtcNow, default);
            jobs = await db.Set<AlterationJobRecord>().Where(j => j.PlanId == submitted.PlanId).Select(j => j.Id).ToListAsync();
        }

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var migrate = Stopwatch.StartNew();
        foreach (var job in jobs)
        {
            await using var scope = database.Scope();
            await scope.ServiceProvider.GetRequiredService<AlterationJobRunner>().RunAsync(job, default);
        }

        migrate.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var after = await StatesAsync(database);
        var completed = await ScalarAsync(database, db => db.Set<AlterationJobRecord>().CountAsync(j => j.Status == AlterationJobStatus.Completed));
        var reRun = await JournalRowsAsync(database) - journalBefore;
        var identical = ids.Count(id => JsonNode.DeepEquals(before[id].Variables, after[id].Variables));
        var onV2 = ids.Count(id => after[id].DefinitionVersion == 2 && after[id].Bookmarks.Single().ActivityId == "review2");
        var rowsRepointed = await ScalarAsync(database, db => db.Set<BookmarkRecord>().CountAsync(b => b.ActivityId == "review2" && b.ConsumedAt == null));
        Console.WriteLine($"  dry run: {checkedPlan.Count:N0} matched, {checkedPlan.CanApplyCount:N0} can apply, {dryRun.Elapsed.TotalSeconds:F2} s ({checkedPlan.Count / dryRun.Elapsed.TotalSeconds:N0} instances/s)");
        Console.WriteLine($"  migrate: {completed:N0} of {jobs.Count:N0} jobs completed in {migrate.Elapsed.TotalSeconds:F2} s = {jobs.Count / migrate.Elapsed.TotalSeconds:N0} instances/s " +
            $"(CPU {cpu.TotalMilliseconds / jobs.Count:F2} ms per instance; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
        Console.WriteLine($"  journal rows added (activities re-executed): {reRun}; variables identical: {identical:N0} of {ids.Count:N0}; " +
            $"waiting at review2 on v2: {onV2:N0}; bookmark rows re-pointed: {rowsRepointed:N0}");
        if (reRun != 0 || identical != ids.Count || onV2 != ids.Count || completed != jobs.Count)
        {
            Environment.ExitCode = 1;
        }
    }

    /// <summary>start → setup (copies the input into three variables) → review (a task) → mark → end; v2 renames review to review2.</summary>
    private static string Definition(int version)
    {
        var review = version == 1 ? "review" : "review2";
        JsonObject Node(string id, string type, params (string Name, string TypeName, string Syntax, string Value)[] inputs)
        {
            var node = new JsonObject { ["id"] = id, ["nodeId"] = $"Workflow1:root:{id}", ["type"] = type, ["version"] = 1, ["name"] = id };
            foreach (var (name, typeName, syntax, value) in inputs)
            {
                node[name] = new JsonObject { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = syntax, ["value"] = value } };
            }

            return node;
        }

        JsonObject Set(string id, string variable, string js)
        {
            var node = Node(id, "Elsa.SetVariable", ("value", "Object", "JavaScript", js));
            node["variable"] = new JsonObject { ["id"] = $"var-{variable}", ["name"] = variable };
            return node;
        }

        JsonObject Connect(string from, string to, string port = "Done") => new()
        {
            ["source"] = new JsonObject { ["activity"] = from, ["port"] = port },
            ["target"] = new JsonObject { ["activity"] = to, ["port"] = "In" },
        };

        return new JsonObject
        {
            ["id"] = $"{DefinitionId}-v{version}", ["definitionId"] = DefinitionId, ["name"] = "Alteration benchmark", ["version"] = version,
            ["toolVersion"] = "3.8.2",
            ["variables"] = new JsonArray([.. new[] { "Claimant", "Amount", "Path" }.Select(n => (JsonNode)new JsonObject
            {
                ["id"] = $"var-{n}", ["name"] = n, ["typeName"] = "Object", ["isArray"] = false, ["storageDriverTypeName"] = "Memory",
            })]),
            ["root"] = new JsonObject
            {
                ["id"] = "root", ["nodeId"] = "Workflow1:root", ["type"] = "Elsa.Flowchart", ["version"] = 1,
                ["activities"] = new JsonArray(
                    Node("start", "Elsa.Start"), Set("setup", "Claimant", "input.claimant"), Set("amount", "Amount", "input.amount"),
                    Node(review, "Claims.HumanTask", ("kind", "String", "Literal", "Review"), ("subject", "String", "Literal", "Review"),
                        ("assigneeRole", "String", "Literal", "Underwriter"), ("outcomes", "StringList", "Literal", "Approve")),
                    Set("mark", "Path", $"'v{version}'"), Node("end", "Elsa.Finish")),
                ["connections"] = new JsonArray(Connect("start", "setup"), Connect("setup", "amount"), Connect("amount", review),
                    Connect(review, "mark", "Approve"), Connect("mark", "end")),
            },
        }.ToJsonString();
    }

    private static async Task PublishAsync(BenchDatabase database, string json)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionStore>();
        await store.SaveDraftAsync(WorkflowDefinitionSerializer.Deserialize(json), "benchmark", default);
        await db.SaveChangesAsync();
        var published = await store.PublishAsync(DefinitionId, default);
        if (published.Outcome != SaveOutcome.Saved)
        {
            throw new InvalidOperationException($"Version does not publish: {string.Join("; ", published.Errors)}");
        }

        await db.SaveChangesAsync();
    }

    private static async Task<List<Guid>> StartAsync(BenchDatabase database, int count)
    {
        var ids = new List<Guid>();
        for (var done = 0; done < count; done += 100)
        {
            await using var scope = database.Scope();
            var host = scope.ServiceProvider.GetRequiredService<WorkflowHost>();
            for (var i = done; i < Math.Min(count, done + 100); i++)
            {
                var input = new JsonObject { ["claimant"] = $"Claimant {i}", ["amount"] = new JsonObject { ["net"] = 100 + i, ["currency"] = "EUR" } };
                ids.Add((await host.StartAsync(DefinitionId, input)).InstanceId!.Value);
            }

            await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().SaveChangesAsync();
        }

        return ids;
    }

    private static Task<Dictionary<Guid, WorkflowState>> StatesAsync(BenchDatabase database) =>
        ScalarAsync(database, db => db.Set<WorkflowInstanceRecord>().AsNoTracking().Where(i => i.DefinitionId == DefinitionId)
            .ToDictionaryAsync(i => i.Id, i => WorkflowState.FromJson(i.StateJson)));

    private static Task<int> JournalRowsAsync(BenchDatabase database) => ScalarAsync(database, db => db.Set<JournalRecord>().CountAsync());

    private static async Task<T> ScalarAsync<T>(BenchDatabase database, Func<ClaimsDbContext, Task<T>> query)
    {
        await using var scope = database.Scope();
        return await query(scope.ServiceProvider.GetRequiredService<ClaimsDbContext>());
    }
}
