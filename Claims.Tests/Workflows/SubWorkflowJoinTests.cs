using System.Net.Http.Json;
using System.Text.Json;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Workflows.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Engine;
using Claims.Workflows.Hosting;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

    [Fact]
    public async Task WaitAny_OtherBranchWinsBeforeTheChildStarted_ChildsStartRefused()
    {
        // No relay: the child's start message stays in the outbox while the other branch wins the join.
        await using var app = new ClaimsAppFactory(DatabaseProvider.Sqlite, ConnectionString) { Settings = { ["Messaging:RelayEnabled"] = "false" } };
        await PublishAsync(app, WaitingChild("late-child"));
        await PublishAsync(app, RaceWithChild("late-parent", "late-child"));
        var parent = await StartAsync(await ApiClients.ForAllRolesAsync(app), "late-parent");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var host = scope.ServiceProvider.GetRequiredService<WorkflowHost>();
        var quick = await db.Set<BookmarkRecord>().Where(b => b.WorkflowInstanceId == parent && b.ConsumedAt == null && b.Kind == nameof(BookmarkKind.HumanTask))
            .Select(b => b.Id).SingleAsync();

        var won = await host.ResumeAsync(quick, new ResumeInput("Done"));
        await db.SaveChangesAsync();
        var startType = OutboxWriter.MessageTypeName(typeof(StartChildWorkflow));
        var m = JsonSerializer.Deserialize<StartChildWorkflow>(
            await db.Set<OutboxMessage>().Where(o => o.MessageType == startType).Select(o => o.Body).SingleAsync(), JsonDefaults.Options)!;
        var started = await host.StartChildAsync(new ChildDispatch(m.ChildInstanceId, m.DefinitionId, [], null,
            new ParentLink(m.ParentInstanceId, m.ParentActivityId, m.ParentBookmarkId)));
        await db.SaveChangesAsync();

        Assert.Equal(WorkflowStatus.Finished, won.Status);
        Assert.Equal(HostOutcome.Rejected, started.Outcome);
        Assert.Contains("stopped waiting", started.Message);
        Assert.False(await db.Set<WorkflowInstanceRecord>().AnyAsync(i => i.DefinitionId == "late-child"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
