using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Claims.Domain.Common;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Hosting;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Claims.Tests.Workflows.EngineHosting;

namespace Claims.Tests.Workflows;

/// <summary>The engine inside the app: SQLite, the in-memory bus, the outbox relay and the real task API.</summary>
public sealed class WorkflowHostTests : IAsyncDisposable
{
    private readonly ClaimsAppFactory _app = ClaimsAppFactory.WithSqlite();

    [Fact]
    public async Task HumanTask_CompletedThroughTaskApi_InstanceResumesAndFinishes()
    {
        await PublishAsync(_app, FlowchartBuilder.SingleTask("single-task").Build());
        var admin = await ApiClients.ForAllRolesAsync(_app);
        var id = await StartAsync(admin, "single-task");
        var task = await OpenTaskAsync(_app, id);

        var underwriter = await ApiClients.ForRolesAsync(_app, "uw", Roles.Underwriter);
        var tasks = await underwriter.GetFromJsonAsync<JsonArray>("/api/tasks");
        var completed = await underwriter.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "Approve" });

        Assert.Contains(tasks!, t => t!["id"]!.GetValue<Guid>() == task && t["link"]!.GetValue<string>() == $"/Tasks/{task}");
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        var instance = await FinishedAsync(admin, id);
        Assert.Equal(1, Count(instance, "Resumed", "review"));
        Assert.Equal(1, Count(instance, "Completed", "end"));
        Assert.Empty(instance.GetProperty("bookmarks").EnumerateArray());
    }

    [Fact]
    public async Task Bookmark_ResumedTwiceAtOnce_ExactlyOneAdvancesTheInstance()
    {
        await PublishAsync(_app, FlowchartBuilder.SingleTask("race").Build());
        var admin = await ApiClients.ForAllRolesAsync(_app);
        var id = await StartAsync(admin, "race");
        var bookmark = await BookmarkAsync(id);

        // Two units of work load the same instance version, then both try to commit.
        await using var a = _app.Services.CreateAsyncScope();
        await using var b = _app.Services.CreateAsyncScope();
        var first = await a.ServiceProvider.GetRequiredService<WorkflowHost>().ResumeAsync(bookmark, new("Approve"));
        var second = await b.ServiceProvider.GetRequiredService<WorkflowHost>().ResumeAsync(bookmark, new("Approve"));
        Assert.Equal(HostOutcome.Resumed, first.Outcome);
        Assert.Equal(HostOutcome.Resumed, second.Outcome);
        var saves = await Task.WhenAll(SaveAsync(a), SaveAsync(b));

        Assert.Equal(1, saves.Count(ok => ok));
        var instance = await InstanceAsync(admin, id);
        Assert.Equal("Finished", instance.GetProperty("status").GetString());
        Assert.Equal(1, Count(instance, "Resumed", "review"));
    }

    [Fact]
    public async Task Bookmark_AlreadyConsumed_HostSaysSoAndTaskApiAnswers409()
    {
        await PublishAsync(_app, FlowchartBuilder.SingleTask("consumed").Build());
        var admin = await ApiClients.ForAllRolesAsync(_app);
        var id = await StartAsync(admin, "consumed");
        var task = await OpenTaskAsync(_app, id);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "Approve" })).StatusCode);
        await FinishedAsync(admin, id);

        await using var scope = _app.Services.CreateAsyncScope();
        var again = await scope.ServiceProvider.GetRequiredService<WorkflowHost>().ResumeAsync(await BookmarkAsync(id), new("Approve"));
        var secondCompletion = await admin.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "Approve" });

        Assert.Equal(HostOutcome.AlreadyConsumed, again.Outcome);
        Assert.Equal(HttpStatusCode.Conflict, secondCompletion.StatusCode);
    }

    [Fact]
    public async Task RunningInstance_NewVersionPublished_StaysOnItsVersion()
    {
        var v1 = new FlowchartBuilder("pinned", "Pinned").Variable("Path", "String")
            .Activity("start", "Elsa.Start").Task("review", Roles.Underwriter, "Approve").SetVariable("mark", "Path", "'v1'").Activity("end", "Elsa.Finish")
            .Connect("start", "review").Connect("review", "mark", "Approve").Connect("mark", "end");
        await PublishAsync(_app, v1.Build());
        var admin = await ApiClients.ForAllRolesAsync(_app);
        var old = await StartAsync(admin, "pinned");

        var v2 = new FlowchartBuilder("pinned", "Pinned").Variable("Path", "String")
            .Activity("start", "Elsa.Start").Task("review", Roles.Underwriter, "Approve").SetVariable("mark", "Path", "'v2'").Activity("end", "Elsa.Finish")
            .Connect("start", "review").Connect("review", "mark", "Approve").Connect("mark", "end");
        await PublishAsync(_app, v2.Build());
        var fresh = await StartAsync(admin, "pinned");
        await admin.PostAsJsonAsync($"/api/tasks/{await OpenTaskAsync(_app, old)}/complete", new { outcome = "Approve" });
        await FinishedAsync(admin, old);

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var instances = await db.Set<WorkflowInstanceRecord>().Where(i => i.DefinitionId == "pinned").ToDictionaryAsync(i => i.Id);
        Assert.Equal(1, instances[old].DefinitionVersion);
        Assert.Equal(2, instances[fresh].DefinitionVersion);
        Assert.Contains("\"Path\":\"v1\"", instances[old].StateJson);
    }

    [Fact]
    public async Task FaultedInstance_AdminRetriesAfterCauseFixed_IncidentResolvedAndInstanceContinues()
    {
        var claims = new TestClaims();
        await using var app = ClaimsAppFactory.WithSqlite();
        app.TestServices = s => s.AddSingleton<IBusinessObjectLoader>(claims);
        var definition = new FlowchartBuilder("faulty", "Faulty")
            .Activity("start", "Elsa.Start")
            .Activity("big", "Elsa.Decision", ("Condition", "Boolean", "JavaScript", "claim.amount > 1000"))
            .Task("senior", Roles.SeniorAdjuster, "Approve").Activity("end", "Elsa.Finish")
            .Connect("start", "big").Connect("big", "senior", "True").Connect("big", "end", "False").Connect("senior", "end", "Approve");
        await PublishAsync(app, definition.Build());
        var admin = await ApiClients.ForAllRolesAsync(app);

        // No claim data yet: the expression throws, the instance faults with an incident naming the node.
        var id = await StartAsync(admin, "faulty", new { businessObjectName = "claim", businessObjectId = "C-9" });
        var faulted = await InstanceAsync(admin, id);
        var agent = await ApiClients.ForRolesAsync(app, "agent.test", Roles.Agent);
        var forbidden = await agent.PostAsync($"/api/workflow-instances/{id}/retry", null);
        claims.Data["C-9"] = new JsonObject { ["amount"] = 5000 };
        var retried = await admin.PostAsync($"/api/workflow-instances/{id}/retry", null);
        var after = await InstanceAsync(admin, id);

        Assert.Equal("Faulted", faulted.GetProperty("status").GetString());
        Assert.Equal("big", Assert.Single(faulted.GetProperty("incidents").EnumerateArray()).GetProperty("activityId").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal("Suspended", after.GetProperty("status").GetString());
        Assert.NotNull(Assert.Single(after.GetProperty("incidents").EnumerateArray()).GetProperty("resolvedAt").GetString());
        Assert.Single(after.GetProperty("bookmarks").EnumerateArray(), b => b.GetProperty("activityId").GetString() == "senior");
    }

    [Fact]
    public async Task MessageBookmark_NamedMessageForItsBusinessObject_ResumesOnlyThatInstance()
    {
        var definition = new FlowchartBuilder("await-payment", "Await payment").Variable("Paid", "Object")
            .Activity("start", "Elsa.Start")
            .Activity("paid", "Claims.WaitForMessage", ("MessageName", "String", "Literal", "PaymentConfirmed"))
            .Activity("end", "Elsa.Finish")
            .Connect("start", "paid").Connect("paid", "end");
        await PublishAsync(_app, definition.Build());
        var admin = await ApiClients.ForAllRolesAsync(_app);
        var mine = await StartAsync(admin, "await-payment", new { businessObjectName = "claim", businessObjectId = "C-1" });
        var other = await StartAsync(admin, "await-payment", new { businessObjectName = "claim", businessObjectId = "C-2" });

        var sent = await admin.PostAsJsonAsync("/api/workflow-messages", new { name = "PaymentConfirmed", correlationId = "claim:C-1", payload = new { amount = 812.4 } });
        var missingName = await admin.PostAsJsonAsync("/api/workflow-messages", new { correlationId = "claim:C-1" });

        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missingName.StatusCode);
        var finished = await FinishedAsync(admin, mine);
        Assert.Equal(1, Count(finished, "Resumed", "paid"));
        Assert.Equal("Suspended", (await InstanceAsync(admin, other)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Retry_InstanceNotFaulted_Answers409()
    {
        await PublishAsync(_app, FlowchartBuilder.SingleTask("healthy").Build());
        var admin = await ApiClients.ForAllRolesAsync(_app);
        var id = await StartAsync(admin, "healthy");

        var response = await admin.PostAsync($"/api/workflow-instances/{id}/retry", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    private async Task<Guid> BookmarkAsync(Guid instanceId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().Set<BookmarkRecord>()
            .Where(b => b.WorkflowInstanceId == instanceId).Select(b => b.Id).SingleAsync();
    }

    private static async Task<bool> SaveAsync(AsyncServiceScope scope)
    {
        try
        {
            await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
