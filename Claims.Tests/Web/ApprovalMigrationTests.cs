using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Tests.Workflows;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Engine;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Claims.Tests.Builders.ClaimScenarios;
using static Claims.Tests.Builders.ProposalScenarios;

namespace Claims.Tests.Web;

/// <summary>
/// Instances parked on the inline-approval versions (motor-claim v1, policy-underwriting v2) after the sub-flow versions ship:
/// migration with the alterations API (dry run and submit), and the instances left behind still completing on their version.
/// </summary>
public sealed class ApprovalMigrationTests : IAsyncLifetime
{
    private const string Api = "/elsa/api/alterations";
    private readonly ClaimsAppFactory _app = ClaimsAppFactory.WithSqlite();
    private readonly string _oldFolder = Directory.CreateTempSubdirectory("claims-old-flows-").FullName;

    /// <summary>The app starts with the old versions shipped (as a database upgraded from them would hold them).</summary>
    public Task InitializeAsync()
    {
        File.Copy(RunnerFixture.FixturePath("motor-claim-v1.json"), Path.Combine(_oldFolder, "motor-claim.json"));
        File.Copy(RunnerFixture.FixturePath("policy-underwriting-v2.json"), Path.Combine(_oldFolder, "policy-underwriting.json"));
        foreach (var name in new[] { "referral-approval.json", "reinspection-audit.json" })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "workflows", name), Path.Combine(_oldFolder, name));
        }

        _app.Settings["Demo:Seed"] = "true";
        _app.Settings["Scheduling:Enabled"] = "false";
        _app.Settings["Workflows:ShippedFolder"] = _oldFolder;
        _ = _app.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_oldFolder, recursive: true);
    }

    [Fact]
    public async Task MigrateClaimV1ToV2_OneAtTheInlineApproval_RefusedWithItsReasonOtherMovesAndTheRefusedStillCompletesOnV1()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var senior = await ApiClients.ForAsync(_app, "senior.adjuster");
        var admin = await ApiClients.ForAsync(_app, "admin");
        var atApproval = await ClaimAtApprovalAsync(adjuster);
        var atSurvey = await ReportedClaimAsync(adjuster, 1);
        var ids = await App(db => db.Claims.Where(c => c.Id == atApproval || c.Id == atSurvey).OrderBy(c => c.Id == atSurvey).Select(c => c.WorkflowInstanceId!.Value).ToListAsync());
        await ShipCurrentAsync();
        var before = await StatesAsync(ids);
        var journalBefore = await JournalCountAsync(ids);
        var plan = MigratePlan("motor-claim", 1, 2);

        var dryRun = await PostAsync(admin, "dry-run", plan);
        var submitted = (await PostAsync(admin, "submit", plan)).GetProperty("planId").GetGuid();
        var done = await AlterationTests.CompletedAsync(admin, submitted);
        var after = await StatesAsync(ids);
        var journalAfter = await JournalCountAsync(ids);

        Assert.Equal((2, 1), (dryRun.GetProperty("count").GetInt32(), dryRun.GetProperty("canApplyCount").GetInt32()));
        var refusal = Check(dryRun, ids[0]).GetProperty("log").EnumerateArray().Last().GetString()!;
        Assert.Contains("'approve' waits at its own Claims.HumanTask", refusal);
        Assert.Contains("sub-flow 'referral-approval'", refusal);
        Assert.True(Check(dryRun, ids[1]).GetProperty("canApply").GetBoolean());
        Assert.Equal(("Failed", refusal), JobOf(done, ids[0]));
        Assert.Equal("Completed", JobOf(done, ids[1]).Status);
        Assert.Equal(journalBefore, journalAfter); // nothing re-ran
        Assert.Equal((1, 2), (after[ids[0]].DefinitionVersion, after[ids[1]].DefinitionVersion));
        Assert.All(ids, id => Assert.All(before[id].Variables, v => Assert.True(JsonNode.DeepEquals(v.Value, after[id].Variables[v.Key]), v.Key)));
        Assert.True(after[ids[1]].Variables.ContainsKey("ReferralOutcome")); // v2's new variable, at its default
        Assert.Equal(before[ids[0]].ToJson(), after[ids[0]].ToJson());
        Assert.Contains("survey", after[ids[1]].Bookmarks.Select(b => b.ActivityId));

        // The refused claim completes on v1: the senior's inline approval still settles it.
        var task = (await CurrentTaskAsync(adjuster, atApproval, "SeniorApproval")).GetProperty("currentTask").GetProperty("id").GetGuid();
        (await senior.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "Approve" })).EnsureSuccessStatusCode();
        await Eventually.WaitAsync(() => ClaimAsync(adjuster, atApproval), c => c.GetProperty("status").GetString() != "AwaitingApproval", what: "the approved claim to move on");
    }

    [Fact]
    public async Task MigratePolicyV2ToV3_AtDisclosureAndAtReview_BothMoveAndAReferralThenRunsTheSubFlow()
    {
        var agent = await ApiClients.ForAsync(_app, "agent");
        var underwriter = await ApiClients.ForAsync(_app, "underwriter");
        var senior = await ApiClients.ForAsync(_app, "senior.underwriter");
        var admin = await ApiClients.ForAsync(_app, "admin");
        var atDisclosure = await SubmitAsync(agent, ProposalRequests.Plain(commission: 28m));
        await TaskOfKindAsync(agent, atDisclosure, "AgentDisclosure");
        var atReview = await ProposalAtReviewAsync(agent);
        var leftOnV2 = await ProposalAtReviewAsync(agent);
        var ids = await App(db => db.Proposals.Where(p => p.Id == atReview || p.Id == atDisclosure).OrderBy(p => p.Id == atDisclosure)
            .Select(p => p.WorkflowInstanceId!.Value).ToListAsync());
        await ShipCurrentAsync();
        var before = await StatesAsync(ids);
        var journalBefore = await JournalCountAsync(ids);
        var plan = MigratePlan("policy-underwriting", 2, 3, ids);

        var dryRun = await PostAsync(admin, "dry-run", plan);
        var done = await AlterationTests.CompletedAsync(admin, (await PostAsync(admin, "submit", plan)).GetProperty("planId").GetGuid());
        var after = await StatesAsync(ids);

        Assert.Equal((2, 2), (dryRun.GetProperty("count").GetInt32(), dryRun.GetProperty("canApplyCount").GetInt32()));
        Assert.Contains("Would migrate from version 2 to 3; waiting at review", Check(dryRun, ids[0]).GetProperty("log")[0].GetString());
        Assert.All(done.GetProperty("jobs").EnumerateArray(), j => Assert.Equal("Completed", j.GetProperty("status").GetString()));
        Assert.Equal(journalBefore, await JournalCountAsync(ids));
        Assert.All(ids, id => Assert.Equal(3, after[id].DefinitionVersion));
        foreach (var id in ids)
        {
            Assert.All(before[id].Variables, v => Assert.True(JsonNode.DeepEquals(v.Value, after[id].Variables[v.Key]), v.Key));
            Assert.True(after[id].Variables.ContainsKey("ReferralOutcome")); // v3's new variable, at its default
        }

        Assert.Equal(["review", "disclosure"], ids.Select(id => Assert.Single(after[id].Bookmarks).ActivityId));

        // The task opened on v2 completes on v3: referring up now runs the referral-approval sub-flow.
        await CompleteAsync(underwriter, await TaskOfKindAsync(agent, atReview, "UnderwritingReview"), "ReferUp", new { reason = "Above my authority" });
        await CompleteAsync(senior, await TaskOfKindAsync(agent, atReview, "ReferralReview"), "Accept", new { reason = "Acceptable" });
        var issued = await Eventually.WaitAsync(() => ProposalAsync(agent, atReview), p => p.GetProperty("status").GetString() == "Issued", what: "the migrated proposal's policy");
        Assert.Equal(["ReferUp", "Accept"], issued.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("kind").GetString()));

        // A proposal left on v2 still refers up inline, as v2 did, and completes there.
        await CompleteAsync(underwriter, await TaskOfKindAsync(agent, leftOnV2, "UnderwritingReview"), "ReferUp", new { reason = "Above my authority" });
        var inline = await Eventually.WaitAsync(() => ProposalAsync(agent, leftOnV2), p => p.GetProperty("task") is { ValueKind: JsonValueKind.Object } t
            && t.GetProperty("assigneeRole").GetString() == "SeniorUnderwriter", what: "v2's inline senior review");
        Assert.Equal("UnderwritingReview", inline.GetProperty("task").GetProperty("kind").GetString());
        await CompleteAsync(senior, inline.GetProperty("task").GetProperty("id").GetGuid(), "Decline", new { reason = "Not for us" });
        await Eventually.WaitAsync(() => ProposalAsync(agent, leftOnV2), p => p.GetProperty("status").GetString() == "Declined", what: "the v2 decline");
    }

    private async Task<Guid> ProposalAtReviewAsync(HttpClient agent)
    {
        var id = await SubmitAsync(agent, ProposalRequests.Plain(commission: 28m));
        await CompleteAsync(agent, await TaskOfKindAsync(agent, id, "AgentDisclosure"), "Submit", ProposalRequests.FullDisclosure());
        await TaskOfKindAsync(agent, id, "UnderwritingReview");
        return id;
    }

    private async Task<Guid> ReportedClaimAsync(HttpClient adjuster, int policyIndex)
    {
        var policy = await PolicyAsync(_app, policyIndex);
        var response = await ReportAsync(adjuster, policy.Number, DateTimeOffset.UtcNow.AddDays(-1));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await CurrentTaskAsync(adjuster, id, "SurveyEstimate");
        return id;
    }

    /// <summary>An estimate above the adjuster's authority: the claim waits at v1's inline SeniorApproval task.</summary>
    private async Task<Guid> ClaimAtApprovalAsync(HttpClient adjuster)
    {
        var id = await ReportedClaimAsync(adjuster, 2);
        var part = (await PartsAsync(_app, await PolicyAsync(_app, 2)))[0];
        var estimate = new { shopClass = "FourS", lines = new object[] { new { kind = "Part", partNumber = part.PartNumber, channel = "FourS", quantity = (int)Math.Ceiling(25_000m / part.Price) } } };
        (await adjuster.PutAsJsonAsync($"/api/claims/{id}/estimate", estimate)).EnsureSuccessStatusCode();
        (await adjuster.PostAsync($"/api/claims/{id}/estimate/submit", null)).EnsureSuccessStatusCode();
        await CurrentTaskAsync(adjuster, id, "SeniorApproval");
        return id;
    }

    /// <summary>The release ships: the current workflows/ (motor-claim v2, policy-underwriting v3) are imported over the old ones.</summary>
    private async Task ShipCurrentAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var imported = await scope.ServiceProvider.GetRequiredService<ShippedWorkflowImporter>().ImportAsync(Path.Combine(AppContext.BaseDirectory, "workflows"), default);
        Assert.Equal(2, imported.Count);
    }

    private static object MigratePlan(string definitionId, int from, int to, IReadOnlyList<Guid>? ids = null) => new
    {
        alterations = new object[] { new { type = "Migrate", targetVersion = to } },
        filter = new { definitionId, version = from, statuses = new[] { "Suspended" }, workflowInstanceIds = ids?.Select(i => i.ToString()).ToList() },
    };

    private static async Task<JsonElement> PostAsync(HttpClient client, string action, object plan)
    {
        var response = await client.PostAsJsonAsync($"{Api}/{action}", plan);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement Check(JsonElement dryRun, Guid id) =>
        dryRun.GetProperty("instances").EnumerateArray().Single(i => i.GetProperty("workflowInstanceId").GetGuid() == id);

    private static (string Status, string LastLine) JobOf(JsonElement plan, Guid id)
    {
        var job = plan.GetProperty("jobs").EnumerateArray().Single(j => j.GetProperty("workflowInstanceId").GetGuid() == id);
        return (job.GetProperty("status").GetString()!, job.GetProperty("log").EnumerateArray().Last().GetProperty("message").GetString()!);
    }

    private Task<T> App<T>(Func<ClaimsDbContext, Task<T>> work) => _app.WithDbAsync(work);

    private Task<Dictionary<Guid, WorkflowState>> StatesAsync(IReadOnlyList<Guid> ids) =>
        App(db => db.Set<WorkflowInstanceRecord>().AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => WorkflowState.FromJson(i.StateJson)));

    private Task<int> JournalCountAsync(IReadOnlyList<Guid> ids) => App(db => db.Set<JournalRecord>().CountAsync(j => ids.Contains(j.WorkflowInstanceId)));
}
