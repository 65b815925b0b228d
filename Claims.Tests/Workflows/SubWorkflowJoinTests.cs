using System.Net.Http.Json;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Engine;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using static Claims.Tests.Workflows.EngineHosting;
using static Claims.Tests.Workflows.SubFlows;

namespace Claims.Tests.Workflows;

/// <summary>A WaitAny join that cancels a branch waiting on a child workflow cancels the child too: no orphan keeps tasks.</summary>
public sealed class SubWorkflowJoinTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claims-subflow-join-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "claims.db")};Default Timeout=30";

    /// <summary>start → fork → (dispatch a waiting child | a quick task) → join(WaitAny) → finish.</summary>
    private static string RaceWithChild(string definitionId, string childId) => Bind(new FlowchartBuilder(definitionId, "Child or quick task")
        .Variable("Result", "Object")
        .Activity("start", "Elsa.Start")
        .Activity("fork", "Elsa.FlowFork", ("Branches", "StringList", "Object", """["Child","Quick"]"""))
        .Activity("dispatch", "Elsa.DispatchWorkflow", ("WorkflowDefinitionId", "String", "Literal", childId), ("Input", "Object", "Object", """{"x":1}"""),
            ("WaitForCompletion", "Boolean", "Literal", "true"))
        .Task("quick", "Manager", "Done")
        .Activity("join", "Elsa.FlowJoin", ("Mode", "String", "Literal", "WaitAny"))
        .Activity("end", "Elsa.Finish")
        .Connect("start", "fork").Connect("fork", "dispatch", "Child").Connect("fork", "quick", "Quick")
        .Connect("dispatch", "join").Connect("quick", "join").Connect("join", "end").Build(), "dispatch", "result", "var-Result");

    [Fact]
    public async Task WaitAny_OtherBranchWinsWhileTheChildWaits_ChildCancelledWithItsTask()
    {
        await using var app = new ClaimsAppFactory(DatabaseProvider.Sqlite, ConnectionString);
        await PublishAsync(app, WaitingChild("race-child"));
        await PublishAsync(app, RaceWithChild("race-parent", "race-child"));
        var admin = await ApiClients.ForAllRolesAsync(app);
        var parent = await StartAsync(admin, "race-parent");
        var child = (await Eventually.WaitAsync(() => ChildrenAsync(app, parent, "race-child"), c => c.Count == 1, what: "the child to start")).Single();
        await Eventually.WaitAsync(() => app.WithDbAsync(db => db.WorkTasks.CountAsync(t => t.WorkflowInstanceId == child && t.Status == WorkTaskStatus.Open)),
            n => n == 1, what: "the child's task");
        var quick = await app.WithDbAsync(db => db.WorkTasks.Where(t => t.WorkflowInstanceId == parent && t.Status == WorkTaskStatus.Open).Select(t => t.Id).SingleAsync());

        (await admin.PostAsJsonAsync($"/api/tasks/{quick}/complete", new { outcome = "Done" })).EnsureSuccessStatusCode();

        var instance = await FinishedAsync(admin, parent);
        Assert.Equal(1, Count(instance, "Cancelled", "dispatch"));
        Assert.Equal(WorkflowStatus.Cancelled, (await StateAsync(app, child)).Status);
        Assert.Equal(0, await app.WithDbAsync(db => db.WorkTasks.CountAsync(t => t.Status == WorkTaskStatus.Open)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<BookmarkRecord>().CountAsync(b => b.ConsumedAt == null)));
        Assert.Null(await app.WithDbAsync(db => db.Set<IncidentRecord>().Select(i => i.Message).FirstOrDefaultAsync()));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
