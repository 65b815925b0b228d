using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using static Claims.Tests.Workflows.EngineHosting;

namespace Claims.Tests.Workflows;

/// <summary>Fork and join through the app on SQLite: a half-merged join and waiting branches survive a restart.</summary>
public sealed class ForkJoinHostingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claims-forkjoin-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "claims.db")};Default Timeout=30";

    /// <summary>start → fork → survey task, police task → join(mode) → finish.</summary>
    public static string SurveyAndPolice(string definitionId, string mode) => new FlowchartBuilder(definitionId, "Survey and police report")
        .Activity("start", "Elsa.Start")
        .Activity("fork", "Elsa.FlowFork", ("Branches", "StringList", "Object", """["Survey","Police"]"""))
        .Task("survey", "Underwriter", "Done").Task("police", "Underwriter", "Done")
        .Activity("join", "Elsa.FlowJoin", ("Mode", "String", "Literal", mode))
        .Activity("end", "Elsa.Finish")
        .Connect("start", "fork").Connect("fork", "survey", "Survey").Connect("fork", "police", "Police")
        .Connect("survey", "join").Connect("police", "join").Connect("join", "end").Build();

    [Fact]
    public async Task WaitAll_ProcessRestartedAfterOneBranch_JoinRunsOnceWhenTheOtherCompletes()
    {
        Guid id;
        await using (var before = new ClaimsAppFactory(DatabaseProvider.Sqlite, ConnectionString))
        {
            await PublishAsync(before, SurveyAndPolice("restart-wait-all", "WaitAll"));
            var client = await ApiClients.ForAllRolesAsync(before);
            id = await StartAsync(client, "restart-wait-all");
            await CompleteAsync(before, client, id, "Review survey");
            Assert.Equal("Suspended", (await InstanceAsync(client, id)).GetProperty("status").GetString());
        }

        await using var after = new ClaimsAppFactory(DatabaseProvider.Sqlite, ConnectionString);
        var admin = await ApiClients.ForAllRolesAsync(after);
        await CompleteAsync(after, admin, id, "Review police");

        var instance = await FinishedAsync(admin, id);
        Assert.Equal(1, Count(instance, "Completed", "join"));
        Assert.Equal(1, Count(instance, "Completed", "end"));
    }

    [Fact]
    public async Task WaitAny_ProcessRestartedWhileBothWait_FirstTaskFinishesAndCancelsTheOther()
    {
        Guid id;
        await using (var before = new ClaimsAppFactory(DatabaseProvider.Sqlite, ConnectionString))
        {
            await PublishAsync(before, SurveyAndPolice("restart-wait-any", "WaitAny"));
            id = await StartAsync(await ApiClients.ForAllRolesAsync(before), "restart-wait-any");
        }

        await using var after = new ClaimsAppFactory(DatabaseProvider.Sqlite, ConnectionString);
        var admin = await ApiClients.ForAllRolesAsync(after);
        await CompleteAsync(after, admin, id, "Review police");

        var instance = await FinishedAsync(admin, id);
        Assert.Equal(1, Count(instance, "Completed", "join"));
        Assert.Equal(1, Count(instance, "Cancelled", "survey"));
        var tasks = await after.WithDbAsync(db => db.WorkTasks.Where(t => t.WorkflowInstanceId == id).OrderBy(t => t.Subject)
            .Select(t => new { t.Subject, t.Status }).ToListAsync());
        Assert.Equal([("Review police", WorkTaskStatus.Completed), ("Review survey", WorkTaskStatus.Cancelled)], tasks.Select(t => (t.Subject, t.Status)));
        Assert.Equal(0, await after.WithDbAsync(db => db.Set<BookmarkRecord>().CountAsync(b => b.WorkflowInstanceId == id && b.ConsumedAt == null)));
        // Studio's instance viewer: the cancelled branch ran and ended; it is neither waiting nor unfinished.
        var report = await (await admin.PostAsJsonAsync("/elsa/api/activity-executions/report", new { workflowInstanceId = id, activityNodeIds = Array.Empty<string>() }))
            .Content.ReadFromJsonAsync<JsonObject>();
        var survey = report!["stats"]!.AsArray().Single(s => s!["activityId"]!.GetValue<string>() == "survey")!;
        Assert.Equal((1, 0, false), (survey["startedCount"]!.GetValue<int>(), survey["uncompletedCount"]!.GetValue<int>(), survey["isBlocked"]!.GetValue<bool>()));
    }

    private static async Task CompleteAsync(ClaimsAppFactory app, HttpClient client, Guid instanceId, string subject)
    {
        var task = await app.WithDbAsync(db => db.WorkTasks
            .Where(t => t.WorkflowInstanceId == instanceId && t.Subject == subject && t.Status == WorkTaskStatus.Open).Select(t => t.Id).SingleAsync());
        var response = await client.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "Done" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
