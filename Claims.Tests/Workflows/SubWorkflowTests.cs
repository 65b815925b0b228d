using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Workflows.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Definitions;
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

/// <summary>Sub-workflows on SQLite: a parent waits for its child through the outbox and receives the child's output.</summary>
public sealed class SubWorkflowTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claims-subflow-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "claims.db")};Default Timeout=30";

    [Theory]
    [InlineData("Elsa.DispatchWorkflow")]
    [InlineData("Elsa.ExecuteWorkflow")]
    public async Task Dispatch_WaitForCompletion_ParentParksThenReceivesTheChildsOutput(string type)
    {
        await using var app = new ClaimsAppFactory(DatabaseProvider.Sqlite, ConnectionString);
        await PublishAsync(app, WaitingChild("child"));
        await PublishAsync(app, Parent("parent", "child", type));
        var admin = await ApiClients.ForAllRolesAsync(app);

        var parent = await StartAsync(admin, "parent");
        var child = (await Eventually.WaitAsync(() => ChildrenAsync(app, parent, "child"), c => c.Count == 1, what: "the child to start")).Single();
        Assert.Equal("Suspended", (await InstanceAsync(admin, parent)).GetProperty("status").GetString());
        var task = await Eventually.WaitAsync(() => app.WithDbAsync(db => db.WorkTasks.Where(t => t.WorkflowInstanceId == child && t.Status == WorkTaskStatus.Open)
            .Select(t => (Guid?)t.Id).SingleOrDefaultAsync()), t => t is not null, what: "the child's task");
        (await admin.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "Done" })).EnsureSuccessStatusCode();

        var instance = await FinishedAsync(admin, parent);
        var state = await StateAsync(app, parent);
        Assert.Equal(1, Count(instance, "Resumed", "dispatch"));
        var result = type == "Elsa.ExecuteWorkflow" ? state.Variables["Result"]!["output"]! : state.Variables["Result"]!;
        Assert.Equal("42", result["Answer"]!.ToJsonString());
        Assert.Equal(type == "Elsa.ExecuteWorkflow" ? null : "42", state.Variables["Doubled"]?.ToJsonString());
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<BookmarkRecord>().CountAsync(b => b.ConsumedAt == null)));
    }

    [Fact]
    public async Task ChildCompletion_ProcessCrashedBeforeTheNoticeWasRelayed_ParentResumesOnceAfterRestart()
    {
        Guid parent, child;
        await using (var first = new ClaimsAppFactory(DatabaseProvider.Sqlite, ConnectionString))
        {
            await PublishAsync(first, WaitingChild("crash-child"));
            await PublishAsync(first, Parent("crash-parent", "crash-child"));
            parent = await StartAsync(await ApiClients.ForAllRolesAsync(first), "crash-parent");
            child = (await Eventually.WaitAsync(() => ChildrenAsync(first, parent, "crash-child"), c => c.Count == 1, what: "the child to start")).Single();
        }

        // The child finishes on a node whose relay never runs: its end and the parent's resume message commit, then the node dies.
        await using (var crashing = new ClaimsAppFactory(DatabaseProvider.Sqlite, ConnectionString) { Settings = { ["Messaging:RelayEnabled"] = "false" } })
        {
            await using var scope = crashing.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
            var bookmark = await db.Set<BookmarkRecord>().Where(b => b.WorkflowInstanceId == child && b.ConsumedAt == null).Select(b => b.Id).SingleAsync();
            var resumed = await scope.ServiceProvider.GetRequiredService<WorkflowHost>().ResumeAsync(bookmark, new ResumeInput("Done"));
            await db.SaveChangesAsync();
            Assert.Equal(WorkflowStatus.Finished, resumed.Status);
            var resumeType = OutboxWriter.MessageTypeName(typeof(ResumeWorkflow));
            Assert.Equal(1, await db.Set<OutboxMessage>().CountAsync(m => m.MessageType == resumeType && m.SentAt == null));
            Assert.Equal(WorkflowStatus.Suspended, (await StateAsync(crashing, parent)).Status);
        }

        await using var restarted = new ClaimsAppFactory(DatabaseProvider.Sqlite, ConnectionString);
        var admin = await ApiClients.ForAllRolesAsync(restarted);
        var instance = await FinishedAsync(admin, parent);
        Assert.Equal(1, Count(instance, "Resumed", "dispatch"));
        Assert.Equal("42", (await StateAsync(restarted, parent)).Variables["Doubled"]!.ToJsonString());
    }

    [Fact]
    public async Task UsableAsActivity_PublishedDefinition_IsInTheToolboxAndItsNodeRunsTheChild()
    {
        await using var app = new ClaimsAppFactory(DatabaseProvider.Sqlite, ConnectionString);
        await PublishAsync(app, Doubler());
        await PublishAsync(app, Edit(new FlowchartBuilder("uses-doubler", "Uses doubler").Variable("Got", "Object")
            .Activity("start", "Elsa.Start").Activity("double", "Doubler", ("X", "Int32", "JavaScript", "2 + 3")).Activity("end", "Elsa.Finish")
            .Connect("start", "double").Connect("double", "end").Build(), d =>
            {
                var node = Activity(d, "double");
                node["workflowDefinitionId"] = "doubler";
                node["answer"] = new JsonObject { ["typeName"] = "Object", ["memoryReference"] = new JsonObject { ["id"] = "var-Got" } };
            }));
        var admin = await ApiClients.ForAllRolesAsync(app);

        var descriptors = await admin.GetFromJsonAsync<JsonObject>("/elsa/api/descriptors/activities");
        var id = await StartAsync(admin, "uses-doubler");

        var doubler = descriptors!["items"]!.AsArray().Single(d => (string?)d!["typeName"] == "Doubler")!;
        Assert.Equal(("Claims sub-flows", "Doubler", "doubler"),
            ((string?)doubler["category"], (string?)doubler["displayName"], (string?)doubler["constructionProperties"]!["workflowDefinitionId"]));
        Assert.Equal(["X"], doubler["inputs"]!.AsArray().Select(i => (string?)i!["name"]));
        Assert.Equal(["Answer"], doubler["outputs"]!.AsArray().Select(o => (string?)o!["name"]));
        await FinishedAsync(admin, id);
        Assert.Equal("10", (await StateAsync(app, id)).Variables["Got"]!.ToJsonString());
    }

    [Fact]
    public async Task SharedReferralApproval_UsedAsAnActivityNode_ParentWaitsForTheReviewAndGetsItsOutcome()
    {
        await using var app = new ClaimsAppFactory(DatabaseProvider.Sqlite, ConnectionString);
        await PublishAsync(app, Edit(new FlowchartBuilder("uses-referral", "Uses referral approval").Variable("Outcome", "String")
            .Activity("start", "Elsa.Start").Activity("referral", "ReferralApproval", ("Reference", "String", "Literal", "C-2026-0777"), ("ReviewRole", "String", "Literal", "SeniorAdjuster"))
            .Activity("end", "Elsa.Finish").Connect("start", "referral").Connect("referral", "end").Build(), d =>
            {
                var node = Activity(d, "referral");
                node["workflowDefinitionId"] = "referral-approval";
                node["outcome"] = new JsonObject { ["typeName"] = "String", ["memoryReference"] = new JsonObject { ["id"] = "var-Outcome" } };
            }));
        var admin = await ApiClients.ForAllRolesAsync(app);
        var descriptors = await admin.GetFromJsonAsync<JsonObject>("/elsa/api/descriptors/activities");

        var parent = await StartAsync(admin, "uses-referral");
        var child = (await Eventually.WaitAsync(() => ChildrenAsync(app, parent, "referral-approval"), c => c.Count == 1, what: "the referral to start")).Single();
        var review = await Eventually.WaitAsync(() => app.WithDbAsync(db => db.WorkTasks.Where(t => t.WorkflowInstanceId == child && t.Status == WorkTaskStatus.Open)
            .Select(t => new { t.Id, t.Subject, t.AssigneeRole }).SingleOrDefaultAsync()), t => t is not null, what: "the referral review task");
        (await admin.PostAsJsonAsync($"/api/tasks/{review!.Id}/complete", new { outcome = "Accept" })).EnsureSuccessStatusCode();

        await FinishedAsync(admin, parent);
        var versions = descriptors!["items"]!.AsArray().Where(d => (string?)d!["typeName"] == "ReferralApproval").ToList();
        var shared = versions.Single(d => (bool?)d!["isBrowsable"] == true)!;
        Assert.Equal(("Approvals", "reference"), ((string?)shared["category"], (string?)shared["inputs"]![0]!["name"]));
        // The node names version 1, older than the shipped sub-flow's: the designer still gets a descriptor to draw it with.
        Assert.Contains(versions, d => (int?)d!["version"] == 1 && (bool?)d["isBrowsable"] == false);
        Assert.Equal(("Review referral C-2026-0777", "SeniorAdjuster"), (review.Subject, review.AssigneeRole));
        Assert.Equal("Accepted", (await StateAsync(app, parent)).Variables["Outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task ParentCancelled_WhileItsChildWaits_ChildIsCancelledToo()
    {
        await using var app = new ClaimsAppFactory(DatabaseProvider.Sqlite, ConnectionString);
        await PublishAsync(app, WaitingChild("cancel-child"));
        await PublishAsync(app, Parent("cancel-parent", "cancel-child"));
        var admin = await ApiClients.ForAllRolesAsync(app);
        var parent = await StartAsync(admin, "cancel-parent");
        var child = (await Eventually.WaitAsync(() => ChildrenAsync(app, parent, "cancel-child"), c => c.Count == 1, what: "the child to start")).Single();

        (await admin.PostAsync($"/elsa/api/cancel/workflow-instances/{parent}", null)).EnsureSuccessStatusCode();

        Assert.Equal((WorkflowStatus.Cancelled, WorkflowStatus.Cancelled), ((await StateAsync(app, parent)).Status, (await StateAsync(app, child)).Status));
        Assert.Equal(0, await app.WithDbAsync(db => db.WorkTasks.CountAsync(t => t.Status == WorkTaskStatus.Open)));
    }

    [Fact]
    public async Task ChildCancelled_ParentWaiting_ParentFaultsWithAnIncidentNamingTheChild()
    {
        await using var app = new ClaimsAppFactory(DatabaseProvider.Sqlite, ConnectionString);
        await PublishAsync(app, WaitingChild("lost-child"));
        await PublishAsync(app, Parent("orphaned-parent", "lost-child"));
        var admin = await ApiClients.ForAllRolesAsync(app);
        var parent = await StartAsync(admin, "orphaned-parent");
        var child = (await Eventually.WaitAsync(() => ChildrenAsync(app, parent, "lost-child"), c => c.Count == 1, what: "the child to start")).Single();

        (await admin.PostAsync($"/elsa/api/cancel/workflow-instances/{child}", null)).EnsureSuccessStatusCode();

        var faulted = await Eventually.WaitAsync(() => InstanceAsync(admin, parent), i => i.GetProperty("status").GetString() == "Faulted", what: "the parent to fault");
        Assert.Contains($"'lost-child' ({child}) ended Cancelled", faulted.GetProperty("incidents")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Publish_DispatchOfUnknownWorkflowOrWaitingCycle_RefusedNamingIt()
    {
        await using var app = new ClaimsAppFactory(DatabaseProvider.Sqlite, ConnectionString);
        await PublishAsync(app, WaitingChild("known-child"));

        var unknown = await RefusedAsync(app, Parent("calls-nobody", "no-such-flow"));
        var self = await RefusedAsync(app, Parent("calls-itself", "calls-itself"));
        await PublishAsync(app, Parent("a-calls-b", "known-child"));
        await PublishAsync(app, Parent("b-calls-a", "a-calls-b"));
        var loop = await RefusedAsync(app, Parent("a-calls-b", "b-calls-a"));

        Assert.Contains("Starts workflow 'no-such-flow', which does not exist", Assert.Single(unknown).ToString());
        Assert.Contains("Waits for workflow 'calls-itself'", Assert.Single(self).ToString());
        Assert.Contains("(a-calls-b → b-calls-a → a-calls-b)", Assert.Single(loop).ToString());
    }

    /// <summary>Doubler (usable as an activity): input X, output Answer = X * 2.</summary>
    private static string Doubler() => Edit(new FlowchartBuilder("doubler", "Doubler").Variable("Answer", "Object")
        .Activity("start", "Elsa.Start").SetVariable("double", "Answer", "input.X * 2").Activity("end", "Elsa.Finish")
        .Connect("start", "double").Connect("double", "end").Build(), d =>
        {
            d["options"] = new JsonObject { ["usableAsActivity"] = true, ["activityCategory"] = "Claims sub-flows" };
            d["inputs"] = new JsonArray(new JsonObject { ["type"] = "Int32", ["name"] = "X", ["displayName"] = "X" });
            d["outputs"] = new JsonArray(new JsonObject { ["type"] = "Object", ["name"] = "Answer", ["displayName"] = "Answer" });
        });

    private static async Task<IReadOnlyList<ValidationError>> RefusedAsync(ClaimsAppFactory app, string json)
    {
        var result = await TryPublishAsync(app, json);
        Assert.Equal(SaveOutcome.Invalid, result.Outcome);
        return result.Errors;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
