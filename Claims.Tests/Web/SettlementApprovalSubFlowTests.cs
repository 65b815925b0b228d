using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Domain.Policies;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Workflows.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using static Claims.Tests.Builders.ClaimScenarios;
using static Claims.Tests.Workflows.EngineHosting;

namespace Claims.Tests.Web;

/// <summary>
/// The demo app for settlements above a senior's level: large repairs stay repairs (total loss only at twice the car's
/// value) and are not referred to special investigation, so they reach the authority check.
/// </summary>
public sealed class LargeRepairsFixture : IAsyncLifetime
{
    public ClaimsAppFactory App { get; } = ClaimsAppFactory.WithSqlite();

    public Task InitializeAsync()
    {
        App.Settings["Demo:Seed"] = "true";
        App.Settings["Scheduling:Enabled"] = "false";
        App.Settings["TotalLoss:Threshold"] = "2";
        App.Settings["Fraud:ReferralThreshold"] = "1000";
        _ = App.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>The claim's above-authority settlement approval runs in the shared referral-approval sub-flow.</summary>
public sealed class SettlementApprovalSubFlowTests(LargeRepairsFixture fixture) : IClassFixture<LargeRepairsFixture>
{
    private readonly ClaimsAppFactory _app = fixture.App;

    [Fact]
    public async Task Claim_AboveTheSeniorsLevel_SeniorRefusedThenRefersHeadOfficeAccepts_ParentResumesOnceAndSettles()
    {
        var senior = await ApiClients.ForAsync(_app, "senior.adjuster");
        var headOffice = await ApiClients.ForAsync(_app, "headoffice.adjuster");
        var (id, adjuster) = await SubmittedAsync(0, 150_000m);
        var review = (await CurrentTaskAsync(adjuster, id, "ReferralReview")).GetProperty("currentTask");

        var refused = await senior.PostAsJsonAsync($"/api/tasks/{review.GetProperty("id").GetGuid()}/complete", new { outcome = "Accept" });
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var after = await ClaimAsync(adjuster, id);
        (await senior.PostAsJsonAsync($"/api/tasks/{review.GetProperty("id").GetGuid()}/complete",
            new { outcome = "Refer", data = new { comment = "Above my authority." } })).EnsureSuccessStatusCode();
        var referred = (await CurrentTaskAsync(adjuster, id, "ReferralSeniorReview")).GetProperty("currentTask");
        (await headOffice.PostAsJsonAsync($"/api/tasks/{referred.GetProperty("id").GetGuid()}/complete", new { outcome = "Accept" })).EnsureSuccessStatusCode();
        var closed = await ExportedAndClosedAsync(_app, adjuster, id);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("referred to level 3", problem.GetProperty("errors").GetProperty("authority")[0].GetString());
        Assert.Equal(("AwaitingApproval", review.GetProperty("id").GetGuid()), (after.GetProperty("status").GetString(), after.GetProperty("currentTask").GetProperty("id").GetGuid()));
        Assert.Equal(3, closed.GetProperty("referredToLevel").GetInt32());
        Assert.Equal("SeniorAdjuster", referred.GetProperty("assigneeRole").GetString());
        var timeline = closed.GetProperty("timeline").EnumerateArray().Select(e => $"{e.GetProperty("step").GetString()}/{e.GetProperty("outcome").GetString()}/{e.GetProperty("by").GetString()}").ToList();
        Assert.Contains("ReferralReview/Refer/senior.adjuster", timeline);
        Assert.Contains("ReferralSeniorReview/Accept/headoffice.adjuster", timeline);

        var (parent, child) = await InstancesAsync(id);
        var admin = await ApiClients.ForAllRolesAsync(_app);
        var instance = await InstanceAsync(admin, parent);
        Assert.Equal(1, Count(instance, "Resumed", "approve"));
        Assert.Contains(instance.GetProperty("journal").EnumerateArray(),
            j => j.GetProperty("activityId").GetString() == "approve" && j.GetProperty("message").GetString()?.Contains(child.ToString(), StringComparison.Ordinal) == true);
        Assert.Equal("Finished", (await InstanceAsync(admin, child)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Claim_ReferralDeclined_WithoutAReasonRefused_WithOneReturnedToTheAdjuster()
    {
        var senior = await ApiClients.ForAsync(_app, "senior.adjuster");
        var (id, adjuster) = await SubmittedAsync(1, 30_000m);
        var review = (await CurrentTaskAsync(adjuster, id, "ReferralReview")).GetProperty("currentTask").GetProperty("id").GetGuid();

        var bare = await senior.PostAsJsonAsync($"/api/tasks/{review}/complete", new { outcome = "Decline" });
        (await senior.PostAsJsonAsync($"/api/tasks/{review}/complete", new { outcome = "Decline", data = new { comment = "Quote the bonnet from the catalogue." } }))
            .EnsureSuccessStatusCode();
        var returned = await CurrentTaskAsync(adjuster, id, "SurveyEstimate");

        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Equal(("Surveying", "SurveyEstimate"), (returned.GetProperty("status").GetString(), returned.GetProperty("currentTask").GetProperty("kind").GetString()));
        var (parent, _) = await InstancesAsync(id);
        var instance = await InstanceAsync(await ApiClients.ForAllRolesAsync(_app), parent);
        Assert.Equal(1, Count(instance, "Resumed", "approve"));
        Assert.Contains(instance.GetProperty("journal").EnumerateArray(), j => j.GetProperty("activityId").GetString() == "approved" && j.GetProperty("outcome").GetString() == "False");
    }

    [Fact]
    public async Task ReviewPage_ClaimAtSettlementApproval_ShowsTheSubFlowsTaskAndRefusesAnApproverBelowTheLevel()
    {
        var (id, adjuster) = await SubmittedAsync(2, 150_000m);
        var number = (await CurrentTaskAsync(adjuster, id, "ReferralReview")).GetProperty("number").GetString();
        var browser = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        (await CookieClients.PostLoginAsync(browser, "senior.adjuster")).Dispose();

        var detail = await browser.GetStringAsync($"/Claims/{id}");
        var review = await browser.GetStringAsync($"/Claims/{id}/Review");
        var posted = await browser.PostAsync($"/Claims/{id}/Review", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Outcome"] = "Accept",
            ["Comment"] = "Fine by me.",
            ["__RequestVerificationToken"] = CookieClients.FormToken(review),
        }));
        var answer = await posted.Content.ReadAsStringAsync();
        var after = await ClaimAsync(adjuster, id);

        Assert.Contains($"Review referral settlement {number}", detail);
        Assert.Contains($"href=\"/Claims/{id}/Review\"", detail);
        Assert.Contains("Approve settlement", review);
        Assert.Contains("referred to level 3", review);
        Assert.All(["Accept", "Refer", "Decline"], o => Assert.Contains($"value=\"{o}\"", review));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("referred to level 3; your settlement authority is level 2", WebUtility.HtmlDecode(answer));
        Assert.Equal(("AwaitingApproval", "ReferralReview"), (after.GetProperty("status").GetString(), after.GetProperty("currentTask").GetProperty("kind").GetString()));
    }

    /// <summary>A claim on the <paramref name="pick"/>th policy whose single-part estimate of about <paramref name="amount"/> its adjuster submitted; with that adjuster's client.</summary>
    private async Task<(Guid Id, HttpClient Adjuster)> SubmittedAsync(int pick, decimal amount)
    {
        var policy = await DearCarPolicyAsync(pick);
        var reported = await ReportAsync(await ApiClients.ForAsync(_app, "adjuster"), policy.Number, DateTimeOffset.UtcNow.AddDays(-1));
        var body = await reported.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(reported.IsSuccessStatusCode, body.ToString());
        var (id, adjuster) = (body.GetProperty("id").GetGuid(), await ApiClients.ForAsync(_app, body.GetProperty("assignedAdjuster").GetString()!));
        var part = (await PartsAsync(_app, policy))[0];
        var quantity = (int)Math.Ceiling(amount / part.Price);
        (await adjuster.PutAsJsonAsync($"/api/claims/{id}/estimate", new { lines = new object[] { new { kind = "Part", partNumber = part.PartNumber, quantity } } }))
            .EnsureSuccessStatusCode();
        (await adjuster.PostAsync($"/api/claims/{id}/estimate/submit", null)).EnsureSuccessStatusCode();
        await StatusAsync(adjuster, id, "AwaitingApproval");
        return (id, adjuster);
    }

    /// <summary>An in-force Shanghai own-damage policy that covered yesterday, on one of the dearest cars, by position.</summary>
    private Task<DemoPolicy> DearCarPolicyAsync(int pick) =>
        _app.WithDbAsync(async db =>
        {
            var rows = await (from p in db.Policies
                              join v in db.Vehicles on p.VehicleId equals v.Id
                              join m in db.VehicleModels on v.ModelCode equals m.Code
                              where p.RegionCode == "SH" && p.Status == PolicyStatus.InForce
                              select new { p.Number, p.StartDate, p.Covers, v.ModelCode, m.NewCarPrice }).ToListAsync();
            var covered = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2));
            var row = rows.Where(r => (r.Covers & Cover.OwnDamage) == Cover.OwnDamage && r.StartDate <= covered).OrderByDescending(r => r.NewCarPrice).ThenBy(r => r.Number).ElementAt(pick);
            return new DemoPolicy(row.Number, row.StartDate, row.ModelCode, "SH");
        });

    /// <summary>The claim's workflow and the referral-approval child it started, which serves the same claim.</summary>
    private Task<(Guid Parent, Guid Child)> InstancesAsync(Guid claimId) =>
        _app.WithDbAsync(async db =>
        {
            var parent = await db.Claims.Where(c => c.Id == claimId).Select(c => c.WorkflowInstanceId!.Value).SingleAsync();
            var child = await db.Set<WorkflowInstanceRecord>().Where(i => i.DefinitionId == "referral-approval" && i.CorrelationId == $"claim:{claimId}")
                .Select(i => i.Id).SingleAsync();
            return (parent, child);
        });
}
