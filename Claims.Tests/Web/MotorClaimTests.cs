using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Domain.Common;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Claims;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using static Claims.Tests.Builders.ClaimScenarios;

namespace Claims.Tests.Web;

/// <summary>
/// The demo app with its users, policies and reference data, shared by the claim tests; without the daily jobs, whose
/// nightly tier recomputation would overwrite the tiers a test sets.
/// </summary>
public sealed class DemoClaimsFixture : IAsyncLifetime
{
    public ClaimsAppFactory App { get; } = ClaimsAppFactory.WithSqlite();

    public Task InitializeAsync()
    {
        App.Settings["Demo:Seed"] = "true";
        App.Settings["Scheduling:Enabled"] = "false";
        _ = App.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>Notice → payment through the API on the shipped motor-claim workflow.</summary>
public sealed class MotorClaimTests(DemoClaimsFixture fixture) : IClassFixture<DemoClaimsFixture>
{
    private readonly ClaimsAppFactory _app = fixture.App;

    [Fact]
    public async Task Claim_CataloguePricesWithinAuthority_PaidAndClosedWithoutCheckpoints()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var policy = await PolicyAsync(_app, 0);
        var (id, _) = await ReportedAsync(adjuster, policy);
        var part = (await PartsAsync(_app, policy)).First(p => p.Position == "BUMPER_FRONT");

        var saved = await PutEstimateAsync(adjuster, id, new
        {
            shopClass = "Class1", salvage = 50m,
            lines = new object[]
            {
                new { kind = "Part", partNumber = part.PartNumber, channel = "FourS", quantity = 1 },
                new { kind = "Labour", position = "BUMPER_FRONT", workType = "Replace" },
                new { kind = "Paint", position = "BUMPER_FRONT" },
            },
        });
        (await adjuster.PostAsync($"/api/claims/{id}/estimate/submit", null)).EnsureSuccessStatusCode();
        var closed = await ExportedAndClosedAsync(_app, adjuster, id);

        var payable = saved.GetProperty("totals").GetProperty("payable").GetDecimal();
        Assert.Empty(saved.GetProperty("deviations").EnumerateArray());
        Assert.Equal(part.Price, saved.GetProperty("lines")[0].GetProperty("unitPrice").GetDecimal());
        Assert.Equal(payable, closed.GetProperty("paid").GetProperty("amount").GetDecimal());
        Assert.Equal(["SurveyEstimate"], await TaskKindsAsync(id));
        Assert.True(await _app.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.MessageType.StartsWith(typeof(ClaimClosed).FullName!))));
    }

    [Fact]
    public async Task Claim_LineThirtyPercentOverCatalogue_GoesToPriceVerification()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var checker = await ApiClients.ForAsync(_app, "price.checker");
        var policy = await PolicyAsync(_app, 1);
        var (id, _) = await ReportedAsync(adjuster, policy);
        var part = (await PartsAsync(_app, policy)).First(p => p.Position == "BONNET");

        var saved = await PutEstimateAsync(adjuster, id, new
        {
            shopClass = "FourS",
            lines = new object[] { new { kind = "Part", partNumber = part.PartNumber, channel = "FourS", unitPrice = Money.Of(part.Price * 1.3m).Amount } },
        });
        (await adjuster.PostAsync($"/api/claims/{id}/estimate/submit", null)).EnsureSuccessStatusCode();
        var waiting = await StatusAsync(adjuster, id, "PriceVerification");
        var task = waiting.GetProperty("currentTask");
        var denied = await adjuster.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", new { outcome = "Verified" });
        (await checker.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", new { outcome = "Verified", data = new { comment = "Dealer quote attached." } })).EnsureSuccessStatusCode();
        await ExportedAndClosedAsync(_app, adjuster, id);

        var deviation = Assert.Single(saved.GetProperty("deviations").EnumerateArray());
        Assert.Equal(0.30m, deviation.GetProperty("excess").GetDecimal());
        Assert.Equal(("PriceVerification", "PriceChecker"), (task.GetProperty("kind").GetString(), task.GetProperty("assigneeRole").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, denied.StatusCode);
    }

    [Fact]
    public async Task Claim_AboveAdjusterLimit_WaitsForSeniorAdjuster()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var senior = await ApiClients.ForAsync(_app, "senior.adjuster");
        var policy = await PolicyAsync(_app, 2);
        var (id, _) = await ReportedAsync(adjuster, policy);
        var part = (await PartsAsync(_app, policy))[0];
        var quantity = (int)Math.Ceiling(25_000m / part.Price);

        var saved = await PutEstimateAsync(adjuster, id, new
        {
            shopClass = "FourS",
            lines = new object[] { new { kind = "Part", partNumber = part.PartNumber, channel = "FourS", quantity } },
        });
        (await adjuster.PostAsync($"/api/claims/{id}/estimate/submit", null)).EnsureSuccessStatusCode();
        await StatusAsync(adjuster, id, "AwaitingApproval");
        var waiting = await CurrentTaskAsync(adjuster, id, "ReferralReview");
        var task = waiting.GetProperty("currentTask");
        (await senior.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", new { outcome = "Accept" })).EnsureSuccessStatusCode();
        var closed = await ExportedAndClosedAsync(_app, adjuster, id);

        Assert.True(saved.GetProperty("totals").GetProperty("payable").GetDecimal() > 20_000m);
        Assert.Equal(("ReferralReview", "SeniorAdjuster", 2), (task.GetProperty("kind").GetString(), task.GetProperty("assigneeRole").GetString(), waiting.GetProperty("referredToLevel").GetInt32()));
        Assert.Equal($"/Claims/{id}/Review", task.GetProperty("link").GetString());
        Assert.Contains(closed.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("by").GetString() == "senior.adjuster" && e.GetProperty("outcome").GetString() == "Accept");
    }

    [Fact]
    public async Task Claim_ReturnedBySeniorAdjuster_AdjusterRevisesAndItCloses()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var senior = await ApiClients.ForAsync(_app, "senior.adjuster");
        var policy = await PolicyAsync(_app, 5);
        var (id, _) = await ReportedAsync(adjuster, policy);
        var part = (await PartsAsync(_app, policy))[0];
        var quantity = (int)Math.Ceiling(25_000m / part.Price);
        await PutEstimateAsync(adjuster, id, new { lines = new object[] { new { kind = "Part", partNumber = part.PartNumber, quantity } } });
        (await adjuster.PostAsync($"/api/claims/{id}/estimate/submit", null)).EnsureSuccessStatusCode();
        var waiting = await CurrentTaskAsync(adjuster, id, "ReferralReview");

        var returned = await senior.PostAsJsonAsync($"/api/tasks/{waiting.GetProperty("currentTask").GetProperty("id").GetGuid()}/complete",
            new { outcome = "Decline", data = new { comment = "One bonnet, not a dozen." } });
        returned.EnsureSuccessStatusCode();
        var again = await StatusAsync(adjuster, id, "Surveying");
        var revised = await PutEstimateAsync(adjuster, id, new { lines = new object[] { new { kind = "Part", partNumber = part.PartNumber, quantity = 1 } } });
        (await adjuster.PostAsync($"/api/claims/{id}/estimate/submit", null)).EnsureSuccessStatusCode();
        var closed = await ExportedAndClosedAsync(_app, adjuster, id);

        Assert.Equal(("SurveyEstimate", "adjuster"), (again.GetProperty("currentTask").GetProperty("kind").GetString(), again.GetProperty("currentTask").GetProperty("assigneeUser").GetString()));
        Assert.Equal(Money.Of(Math.Max(0, part.Price - closed.GetProperty("excess").GetDecimal())).Amount, closed.GetProperty("paid").GetProperty("amount").GetDecimal());
        Assert.Equal(revised.GetProperty("totals").GetProperty("payable").GetDecimal(), closed.GetProperty("paid").GetProperty("amount").GetDecimal());
        Assert.Equal(["SurveyEstimate", "ReferralReview", "SurveyEstimate"], await TaskKindsAsync(id));
    }

    [Fact]
    public async Task Claim_LossBeforePolicyStart_RejectedWithReason()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var policy = await PolicyAsync(_app, 3);
        var lossAt = new DateTimeOffset(policy.StartDate.AddDays(-5).ToDateTime(new TimeOnly(8, 30)), TimeSpan.Zero);

        var response = await ReportAsync(adjuster, policy.Number, lossAt);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Rejected", body.GetProperty("status").GetString());
        Assert.Contains("outside the policy period", body.GetProperty("rejectionReason").GetString());
        Assert.Empty(await TaskKindsAsync(body.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Estimate_ByAnotherAdjusterOrMalformed_RefusedWithProblemDetails()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var beijing = await ApiClients.ForAsync(_app, "adjuster.bj");
        var (id, _) = await ReportedAsync(adjuster, await PolicyAsync(_app, 4));

        var foreign = await beijing.PutAsJsonAsync($"/api/claims/{id}/estimate", new { lines = new object[] { new { kind = "Paint", position = "BONNET" } } });
        var malformed = await adjuster.PutAsJsonAsync($"/api/claims/{id}/estimate", new { lines = new object[] { new { kind = "Labour", position = "BONNET", workType = "Polish" } } });
        var early = await adjuster.PostAsync($"/api/claims/{id}/estimate/submit", null);
        var anonymous = await _app.CreateClient().GetAsync($"/api/claims/{id}");
        var agent = await (await ApiClients.ForAsync(_app, "agent")).GetAsync($"/api/claims/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
        Assert.Contains("lines[0].workType", await malformed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
    }

    private async Task<(Guid Id, JsonElement Body)> ReportedAsync(HttpClient client, DemoPolicy policy)
    {
        var response = await ReportAsync(client, policy.Number, DateTimeOffset.UtcNow.AddDays(-1));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        Assert.Equal(("Surveying", "adjuster"), (body.GetProperty("status").GetString(), body.GetProperty("assignedAdjuster").GetString()));
        return (body.GetProperty("id").GetGuid(), body);
    }

    private static async Task<JsonElement> PutEstimateAsync(HttpClient client, Guid id, object estimate)
    {
        var response = await client.PutAsJsonAsync($"/api/claims/{id}/estimate", estimate);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body;
    }

    private Task<List<string>> TaskKindsAsync(Guid claimId) =>
        _app.WithDbAsync(async db =>
        {
            var instance = await db.Claims.Where(c => c.Id == claimId).Select(c => c.WorkflowInstanceId).SingleAsync();
            return await BusinessTasks.OfInstance(db, instance).OrderBy(t => t.CreatedAt).Select(t => t.Kind).ToListAsync();
        });
}
