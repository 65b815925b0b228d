using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Claims.Domain.Common;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Workflows;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Alterations;
using Claims.Workflows.Engine;
using Claims.Workflows.Hosting;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Claims.Tests.Workflows.EngineHosting;

namespace Claims.Tests.Workflows;

/// <summary>The alterations API on SQLite with the outbox relay and the in-memory bus: dry run, submit, jobs, results.</summary>
public sealed class AlterationTests : IAsyncDisposable
{
    private const string Api = "/elsa/api/alterations";
    private readonly ClaimsAppFactory _app = ClaimsAppFactory.WithSqlite();

    /// <summary>v1: start → setup (copies the input) → review → mark Path 'v1' → end. v2 renames the task and marks 'v2'.</summary>
    public static string Version(int version) => new FlowchartBuilder("moving", "Moving", version)
        .Variable("Path", "String").Variable("Claimant", "String").Variable("Amount", "Object")
        .Activity("start", "Elsa.Start").SetVariable("setup", "Claimant", "input.claimant")
        .Task(version == 1 ? "review" : "review2", Roles.Underwriter, "Approve")
        .SetVariable("mark", "Path", $"'v{version}'").Activity("end", "Elsa.Finish")
        .Connect("start", "setup").Connect("setup", version == 1 ? "review" : "review2")
        .Connect(version == 1 ? "review" : "review2", "mark", "Approve").Connect("mark", "end").Build();

    [Fact]
    public async Task Migrate_ParkedInstancesV1ToV2_NothingReRunVariablesKeptAndTaskFollowsV2()
    {
        await PublishAsync(_app, Version(1));
        var admin = await ApiClients.ForAllRolesAsync(_app);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await StartAsync(admin, "moving", new { input = new { claimant = $"C{i}" } }));
        }

        await PublishAsync(_app, Version(2));
        var before = await StatesAsync(ids);
        var journalBefore = await JournalCountAsync(ids);
        var unmapped = await DryRunAsync(admin, Migrate(null));
        var mapped = await DryRunAsync(admin, Migrate(new() { ["review"] = "review2" }));

        var plan = await SubmitAsync(admin, Migrate(new() { ["review"] = "review2" }));
        var done = await CompletedAsync(admin, plan);

        Assert.Equal(3, unmapped.GetProperty("count").GetInt32());
        Assert.Equal(0, unmapped.GetProperty("canApplyCount").GetInt32());
        Assert.Contains("'review'", unmapped.GetProperty("instances")[0].GetProperty("log")[0].GetString());
        Assert.Equal(3, mapped.GetProperty("canApplyCount").GetInt32());
        Assert.All(done.GetProperty("jobs").EnumerateArray(), j => Assert.Equal("Completed", j.GetProperty("status").GetString()));
        Assert.Equal(journalBefore, await JournalCountAsync(ids)); // no activity ran
        var after = await StatesAsync(ids);
        foreach (var id in ids)
        {
            Assert.Equal(2, after[id].DefinitionVersion);
            Assert.True(JsonNode.DeepEquals(before[id].Variables, after[id].Variables), after[id].Variables.ToJsonString());
            Assert.Equal("review2", Assert.Single(after[id].Bookmarks).ActivityId);
        }

        // The task opened on v1 completes on v2 and the instance follows v2's path.
        var task = await OpenTaskAsync(_app, ids[0]);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "Approve" })).StatusCode);
        var finished = await FinishedAsync(admin, ids[0]);
        Assert.Equal(1, Count(finished, "Resumed", "review2"));
        Assert.Equal(1, Count(finished, "Started", "setup"));
        Assert.Equal("v2", (await StatesAsync([ids[0]]))[ids[0]].Variables["Path"]!.GetValue<string>());
    }

    [Fact]
    public async Task ModifyVariableThenCancel_SubmittedPlan_EachInstanceChangedAndTasksClosed()
    {
        await PublishAsync(_app, Version(1));
        var admin = await ApiClients.ForAllRolesAsync(_app);
        var modified = await StartAsync(admin, "moving", new { input = new { claimant = "A" } });
        var cancelled = await StartAsync(admin, "moving", new { input = new { claimant = "B" } });

        var modify = await SubmitAsync(admin, new
        {
            alterations = new object[] { new { type = "ModifyVariable", variableId = "var-Amount", value = new { net = 812.4 } } },
            filter = new { workflowInstanceIds = new[] { modified.ToString() } },
        });
        var cancel = await SubmitAsync(admin, new
        {
            alterations = new object[] { new { type = "Cancel" } },
            filter = new { workflowInstanceIds = new[] { cancelled.ToString() } },
        });
        await CompletedAsync(admin, modify);
        var cancelDone = await CompletedAsync(admin, cancel);

        var states = await StatesAsync([modified, cancelled]);
        Assert.Equal(812.4, states[modified].Variables["Amount"]!["net"]!.GetValue<double>());
        Assert.Equal(WorkflowStatus.Suspended, states[modified].Status);
        Assert.Equal(WorkflowStatus.Cancelled, states[cancelled].Status);
        Assert.Contains("Cancelled", cancelDone.GetProperty("jobs")[0].GetProperty("log")[0].GetProperty("message").GetString());
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        Assert.Equal(WorkTaskStatus.Cancelled, (await db.WorkTasks.SingleAsync(t => t.WorkflowInstanceId == cancelled)).Status);
        Assert.False(await db.Set<BookmarkRecord>().AnyAsync(b => b.WorkflowInstanceId == cancelled && b.ConsumedAt == null));
    }

    [Fact]
    public async Task ModifyVariableThenRetry_FaultedInstance_ReRunsFromTheFaultedActivity()
    {
        var definition = new FlowchartBuilder("gated", "Gated").Variable("Gate", "Object")
            .Activity("start", "Elsa.Start")
            .Activity("check", "Elsa.Decision", ("Condition", "Boolean", "JavaScript", "variables.Gate.open === true"))
            .Task("review", Roles.Underwriter, "Approve").Activity("end", "Elsa.Finish")
            .Connect("start", "check").Connect("check", "review", "True").Connect("check", "end", "False").Connect("review", "end", "Approve");
        await PublishAsync(_app, definition.Build());
        var admin = await ApiClients.ForAllRolesAsync(_app);
        var id = await StartAsync(admin, "gated");
        var faulted = await InstanceAsync(admin, id);

        var dry = await DryRunAsync(admin, new { alterations = new object[] { new { type = "Retry" } }, filter = new { definitionId = "gated", statuses = new[] { "Faulted" } } });
        var plan = await SubmitAsync(admin, new
        {
            alterations = new object[] { new { type = "ModifyVariable", variableId = "Gate", value = new { open = true } }, new { type = "Retry" } },
            filter = new { definitionId = "gated", statuses = new[] { "Faulted" }, activityFilters = new[] { new { id = "check" } } },
        });
        var done = await CompletedAsync(admin, plan);
        var after = await InstanceAsync(admin, id);

        Assert.Equal("Faulted", faulted.GetProperty("status").GetString());
        Assert.Contains("'check'", dry.GetProperty("instances")[0].GetProperty("log")[0].GetString());
        Assert.Equal("Completed", done.GetProperty("jobs")[0].GetProperty("status").GetString());
        Assert.Equal("Suspended", after.GetProperty("status").GetString());
        Assert.Single(after.GetProperty("bookmarks").EnumerateArray(), b => b.GetProperty("activityId").GetString() == "review");
    }

    [Fact]
    public async Task ScheduleActivity_WaitingInstance_RunsItNext()
    {
        await PublishAsync(_app, Version(1));
        var admin = await ApiClients.ForAllRolesAsync(_app);
        var id = await StartAsync(admin, "moving", new { input = new { claimant = "A" } });

        var plan = await SubmitAsync(admin, new
        {
            alterations = new object[] { new { type = "ScheduleActivity", activityId = "mark" } },
            filter = new { definitionId = "moving", version = 1 },
        });
        await CompletedAsync(admin, plan);

        var finished = await FinishedAsync(admin, id);
        Assert.Equal(1, Count(finished, "Completed", "mark"));
        Assert.Equal(0, Count(finished, "Resumed", "review"));
    }

    [Fact]
    public async Task Migrate_ResumeCommitsFirst_JobFailsAndNothingIsApplied()
    {
        await PublishAsync(_app, Version(1));
        var admin = await ApiClients.ForAllRolesAsync(_app);
        var id = await StartAsync(admin, "moving", new { input = new { claimant = "A" } });
        await PublishAsync(_app, Version(2));
        var jobId = await PendingJobAsync(id, Migrate(new() { ["review"] = "review2" }));

        // The job stages its migration; a resume of the same instance commits before the job does.
        await using var jobScope = _app.Services.CreateAsyncScope();
        var runner = jobScope.ServiceProvider.GetRequiredService<AlterationJobRunner>();
        var staged = await runner.StageAsync(jobId, default);
        await using (var resumeScope = _app.Services.CreateAsyncScope())
        {
            var db = resumeScope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
            var bookmark = await db.Set<BookmarkRecord>().Where(b => b.WorkflowInstanceId == id).Select(b => b.Id).SingleAsync();
            Assert.True((await resumeScope.ServiceProvider.GetRequiredService<WorkflowHost>().ResumeAsync(bookmark, new("Approve"))).Succeeded);
            await db.SaveChangesAsync();
        }

        await runner.CommitAsync(jobId, staged!, default);

        await using var check = _app.Services.CreateAsyncScope();
        var checkDb = check.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var job = await checkDb.Set<AlterationJobRecord>().SingleAsync(j => j.Id == jobId);
        var instance = await checkDb.Set<WorkflowInstanceRecord>().SingleAsync(i => i.Id == id);
        Assert.True(staged!.Succeeded);
        Assert.Equal(AlterationJobStatus.Failed, job.Status);
        Assert.Equal(AlterationJobRunner.LostRace, job.LogLines[^1]);
        Assert.Equal(1, instance.DefinitionVersion);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Contains("\"Path\":\"v1\"", instance.StateJson);
    }

    [Theory]
    [InlineData("""{"alterations":[{"type":"Migrate","targetVersion":9}],"filter":{"definitionId":"moving","version":1}}""", "alterations[0]")]
    [InlineData("""{"alterations":[{"type":"Migrate","targetVersion":2,"activityMap":{"review":"nowhere"}}],"filter":{"definitionId":"moving","version":1}}""", "alterations[0]")]
    [InlineData("""{"alterations":[{"type":"Migrate","targetVersion":2,"activityMap":{"ghost":"review2"}}],"filter":{"definitionId":"moving","version":1}}""", "alterations[0]")]
    [InlineData("""{"alterations":[{"type":"Cancel"}],"filter":{}}""", "filter")]
    [InlineData("""{"alterations":[{"type":"Cancel"}]}""", "filter")]
    [InlineData("""{"alterations":[{"type":"Teleport"}],"filter":{"definitionId":"moving"}}""", "alterations[0]")]
    [InlineData("""{"alterations":[],"filter":{"definitionId":"moving"}}""", "alterations")]
    [InlineData("""{"alterations":[{"type":"Cancel"}],"filter":{"definitionId":"moving","version":7}}""", "filter.version")]
    [InlineData("""{"alterations":[{"type":"Cancel"}],"filter":{"statuses":["Sleeping"]}}""", "filter.statuses")]
    [InlineData("""{"alterations":[{"type":"Cancel"}],"filter":{"workflowInstanceIds":["x"]}}""", "filter.workflowInstanceIds")]
    public async Task Submit_BadPlan_Answers400ProblemAndWritesNothing(string body, string field)
    {
        await PublishAsync(_app, Version(1));
        await PublishAsync(_app, Version(2));
        var admin = await ApiClients.ForAllRolesAsync(_app);

        var response = await admin.PostAsync($"{Api}/submit", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().Set<AlterationPlanRecord>().AnyAsync());
    }

    [Fact]
    public async Task Alterations_ByRole_UnderwriterDryRunsAndReadsButOnlyAdminSubmits()
    {
        await PublishAsync(_app, Version(1));
        var underwriter = await ApiClients.ForRolesAsync(_app, "uw.alter", Roles.Underwriter);
        var agent = await ApiClients.ForRolesAsync(_app, "agent.alter", Roles.Agent);
        var everything = new { alterations = new object[] { new { type = "Cancel" } }, filter = new { emptyFilterSelectsAll = true } };

        var dry = await underwriter.PostAsJsonAsync($"{Api}/dry-run", everything);
        var submit = await underwriter.PostAsJsonAsync($"{Api}/submit", everything);
        var agentDry = await agent.PostAsJsonAsync($"{Api}/dry-run", everything);
        var missing = await underwriter.GetAsync($"{Api}/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.OK, dry.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, submit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agentDry.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static object Migrate(Dictionary<string, string>? map) => new
    {
        alterations = new object[] { new { type = "Migrate", targetVersion = 2, activityMap = map } },
        filter = new { definitionId = "moving", version = 1, statuses = new[] { "Suspended" }, activityFilters = new[] { new { id = "review" } } },
    };

    private static async Task<JsonElement> DryRunAsync(HttpClient client, object plan)
    {
        var response = await client.PostAsJsonAsync($"{Api}/dry-run", plan);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<Guid> SubmitAsync(HttpClient client, object plan)
    {
        var response = await client.PostAsJsonAsync($"{Api}/submit", plan);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetGuid();
    }

    public static Task<JsonElement> CompletedAsync(HttpClient client, Guid planId) =>
        Eventually.WaitAsync(() => client.GetFromJsonAsync<JsonElement>($"{Api}/{planId}"),
            p => p.GetProperty("plan").GetProperty("status").GetString() == "Completed", TimeSpan.FromSeconds(30), $"plan {planId}");

    private async Task<Dictionary<Guid, WorkflowState>> StatesAsync(IReadOnlyList<Guid> ids)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().Set<WorkflowInstanceRecord>().AsNoTracking()
            .Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => WorkflowState.FromJson(i.StateJson));
    }

    private async Task<int> JournalCountAsync(IReadOnlyList<Guid> ids)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().Set<JournalRecord>().CountAsync(j => ids.Contains(j.WorkflowInstanceId));
    }

    /// <summary>A plan with one pending job and no message, so only the test runs it.</summary>
    private async Task<Guid> PendingJobAsync(Guid instanceId, object plan)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var alterations = JsonSerializer.SerializeToNode(plan, JsonSerializerOptions.Web)!["alterations"]!.ToJsonString();
        var planId = Guid.NewGuid();
        var job = AlterationJobRecord.Create(Guid.NewGuid(), planId, instanceId, DateTime.UtcNow);
        db.Add(AlterationPlanRecord.Create(planId, alterations, "{}", "test", 1, DateTime.UtcNow));
        db.Add(job);
        await db.SaveChangesAsync();
        return job.Id;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
