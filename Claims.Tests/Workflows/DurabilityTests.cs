using System.Net.Http.Json;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Claims.Tests.Workflows.EngineHosting;

namespace Claims.Tests.Workflows;

/// <summary>Bookmarks and timers are rows: they outlive the process, and a timer fires once whatever the node count.</summary>
public sealed class DurabilityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claims-durable-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "claims.db")};Default Timeout=30";

    [Fact]
    public async Task HumanTaskBookmark_ProcessRestarted_TaskStillCompletesTheInstance()
    {
        Guid id;
        await using (var before = Node())
        {
            await PublishAsync(before, FlowchartBuilder.SingleTask("restart-task").Build());
            id = await StartAsync(await ApiClients.ForAllRolesAsync(before), "restart-task");
        }

        await using var after = Node();
        var admin = await ApiClients.ForAllRolesAsync(after);
        var task = await OpenTaskAsync(after, id);
        var response = await admin.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "Approve" });

        response.EnsureSuccessStatusCode();
        var instance = await FinishedAsync(admin, id);
        Assert.Equal(1, Count(instance, "Resumed", "review"));
    }

    [Fact]
    public async Task Timer_ProcessStoppedBeforeItWasDue_FiresOnceAfterRestart()
    {
        Guid id;
        await using (var before = Node())
        {
            await PublishAsync(before, Wait("restart-timer", "00:00:01.500").Build());
            id = await StartAsync(await ApiClients.ForAllRolesAsync(before), "restart-timer");
            Assert.Equal("Suspended", (await InstanceAsync(await ApiClients.ForAllRolesAsync(before), id)).GetProperty("status").GetString());
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        await using var after = Node();
        var admin = await ApiClients.ForAllRolesAsync(after);

        var instance = await FinishedAsync(admin, id);
        Assert.Equal(1, Count(instance, "Resumed", "wait"));
        await using var scope = after.Services.CreateAsyncScope();
        var timer = await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().Set<WorkflowTimerRecord>().SingleAsync();
        Assert.NotNull(timer.DispatchedAt);
    }

    [Fact]
    public async Task Timers_TwoNodesOnOneDatabase_EachFiresExactlyOnce()
    {
        const int count = 40;
        await using var nodeA = Node();
        await using var nodeB = Node();
        await PublishAsync(nodeA, Wait("two-node-timer", "00:00:01").Build());
        var admin = await ApiClients.ForAllRolesAsync(nodeA);
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await StartAsync(admin, "two-node-timer"));
        }

        _ = nodeB.Server; // both nodes' dispatchers now race for the same timer rows
        await Eventually.WaitAsync(() => FinishedCountAsync(nodeA), n => n == count, TimeSpan.FromSeconds(60), "all timers to fire");

        await using var scope = nodeA.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var resumed = await db.Set<JournalRecord>().Where(j => j.ActivityId == "wait" && j.EventName == "Resumed")
            .GroupBy(j => j.WorkflowInstanceId).Select(g => g.Count()).ToListAsync();
        var dispatchers = await db.Set<WorkflowTimerRecord>().Select(t => t.DispatchedBy).Distinct().CountAsync();
        Assert.Equal(count, resumed.Count);
        Assert.All(resumed, n => Assert.Equal(1, n));
        Assert.InRange(dispatchers, 1, 2);
    }

    private static FlowchartBuilder Wait(string definitionId, string duration) =>
        new FlowchartBuilder(definitionId, "Wait")
            .Activity("start", "Elsa.Start").Activity("wait", "Elsa.Delay", ("Duration", "TimeSpan", "Literal", duration)).Activity("end", "Elsa.Finish")
            .Connect("start", "wait").Connect("wait", "end");

    private static async Task<int> FinishedCountAsync(ClaimsAppFactory node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().Set<WorkflowInstanceRecord>()
            .CountAsync(i => i.Status == Claims.Workflows.Engine.WorkflowStatus.Finished);
    }

    private ClaimsAppFactory Node()
    {
        var node = new ClaimsAppFactory(DatabaseProvider.Sqlite, ConnectionString);
        node.Settings["Workflows:TimerPollInterval"] = "00:00:00.200";
        return node;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
