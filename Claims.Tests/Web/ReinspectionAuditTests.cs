using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Domain.Common;
using Claims.Domain.Reinspection;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Reinspections;
using Claims.Web.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;
using static Claims.Tests.Builders.ReinspectionScenarios;

namespace Claims.Tests.Web;

/// <summary>The demo app with a recovery threshold low enough for a bumper claim.</summary>
public sealed class ReinspectionFixture : IAsyncLifetime
{
    public ClaimsAppFactory App { get; } = ClaimsAppFactory.WithSqlite();

    public Task InitializeAsync()
    {
        App.Settings["Demo:Seed"] = "true";
        App.Settings["Reinspection:RecoveryThreshold"] = "100";
        _ = App.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>Closure → sampling → re-estimate → leakage → feedback → dispute → senior decision, through the API.</summary>
public sealed class ReinspectionAuditTests(ReinspectionFixture fixture) : IClassFixture<ReinspectionFixture>
{
    private readonly ClaimsAppFactory _app = fixture.App;

    [Fact]
    public async Task Audit_DisputedAndUpheld_LeakageConfirmedAndRecoveryOpened()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var reinspector = await ApiClients.ForAsync(_app, "reinspector");
        var senior = await ApiClients.ForAsync(_app, "senior.adjuster");
        var claim = await CloseFourSClaimAsync(_app, adjuster, 0, "Pudong Star 4S");
        var auditId = await AuditIdAsync(_app, claim.ClaimId);

        var reEstimate = await TaskAsync(reinspector, auditId, ReinspectionTasks.ReEstimate);
        var early = await CompleteAsync(reinspector, reEstimate, "Submitted");
        var unexplained = await reinspector.PutAsJsonAsync($"/api/reinspections/{auditId}/re-estimate", new { lines = new object[] { new { index = 1, hours = 2m } } });
        var byAdjuster = await adjuster.PutAsJsonAsync($"/api/reinspections/{auditId}/re-estimate", new { lines = Array.Empty<object>() });
        var saved = await ReEstimateAsync(reinspector, auditId, claim);
        (await CompleteAsync(reinspector, reEstimate, "Submitted")).EnsureSuccessStatusCode();
        var feedback = await TaskAsync(adjuster, auditId, ReinspectionTasks.AuditFeedback);
        var noReason = await CompleteAsync(adjuster, feedback, "Dispute");
        (await CompleteAsync(adjuster, feedback, "Dispute", new { reason = "The 4S dealer had no cheaper bumper in stock." })).EnsureSuccessStatusCode();
        var dispute = await TaskAsync(senior, auditId, ReinspectionTasks.AuditDispute);
        (await CompleteAsync(senior, dispute, "Uphold", new { comment = "Catalogue price applies." })).EnsureSuccessStatusCode();
        var closed = await Eventually.WaitAsync(() => AuditAsync(senior, auditId), a => a.GetProperty("status").GetString() == "Closed", what: "the audit to close");

        // Hand computation: the part drops by 20% of its price, labour by 3 h × the 4S rate; the claim paid gross − 500 excess at full liability,
        // so the payable falls by exactly the gross difference.
        var partVariance = claim.PartPrice - Money.Of(claim.PartPrice * 0.8m).Amount;
        var labourVariance = Money.Of(6m * claim.HourlyRate).Amount - Money.Of(3m * claim.HourlyRate).Amount;
        var expected = partVariance + labourVariance;
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unexplained.StatusCode);
        Assert.Contains("lines[1].finding", await unexplained.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, byAdjuster.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("application/problem+json", noReason.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("reinspector", "adjuster"), (reEstimate.GetProperty("assigneeUser").GetString(), feedback.GetProperty("assigneeUser").GetString()));
        Assert.Subset(new HashSet<string?> { "PriceVerified", "FourSRepair" }, closed.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToHashSet());
        Assert.Equal([partVariance, labourVariance], closed.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("variance").GetDecimal()));
        Assert.Equal(expected, saved.GetProperty("leakage").GetDecimal());
        Assert.Equal(expected, closed.GetProperty("leakage").GetDecimal());
        Assert.Equal(claim.Paid - expected, closed.GetProperty("shouldHavePaid").GetDecimal());
        Assert.Equal(("Upheld", "senior.adjuster"), (closed.GetProperty("resolution").GetString(), closed.GetProperty("resolvedBy").GetString()));
        Assert.Contains("no cheaper bumper", closed.GetProperty("disputeReason").GetString());
        Assert.Equal(expected, closed.GetProperty("recovery").GetDecimal());
        Assert.True(await _app.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.MessageType.StartsWith(typeof(RecoveryOpened).FullName!))));

        var card = await adjuster.GetFromJsonAsync<JsonElement>("/api/scorecards/adjusters/adjuster");
        var share = Math.Round(expected / claim.Paid, 4);
        Assert.Equal(1, card.GetProperty("card").GetProperty("audits").GetInt32());
        Assert.Equal(ScoreFormula.Score(1, claim.Paid, expected, 2, new ReinspectionRules()), card.GetProperty("card").GetProperty("score").GetDecimal());
        Assert.Equal(share, card.GetProperty("card").GetProperty("leakageShare").GetDecimal());
    }

    [Fact]
    public async Task Reinspection_OutsidersAndOtherAdjusters_Refused()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var claim = await CloseFourSClaimAsync(_app, adjuster, 1, "Minhang Auto 4S");
        var auditId = await AuditIdAsync(_app, claim.ClaimId);

        var own = await adjuster.GetAsync($"/api/reinspections/{auditId}");
        var beijing = await (await ApiClients.ForAsync(_app, "adjuster.bj")).GetAsync($"/api/reinspections/{auditId}");
        var agent = await (await ApiClients.ForAsync(_app, "agent")).GetAsync($"/api/reinspections/{auditId}");
        var anonymous = await _app.CreateClient().GetAsync($"/api/reinspections/{auditId}");
        var othersCard = await (await ApiClients.ForAsync(_app, "adjuster.bj")).GetAsync("/api/scorecards/adjusters/adjuster");
        var missing = await (await ApiClients.ForAsync(_app, "manager")).GetAsync($"/api/reinspections/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, beijing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, othersCard.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }
}
