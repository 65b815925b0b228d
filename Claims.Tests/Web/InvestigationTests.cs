using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Domain.Fraud;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using static Claims.Tests.Builders.ClaimScenarios;

namespace Claims.Tests.Web;

/// <summary>The demo app at the shipped fraud threshold (50): a claim reported 5 days late (10) with a photo from another claim (40) is referred.</summary>
public sealed class InvestigationFixture : IAsyncLifetime
{
    public ClaimsAppFactory App { get; } = ClaimsAppFactory.WithSqlite();

    public Task InitializeAsync()
    {
        App.Settings["Demo:Seed"] = "true";
        App.Settings["Scheduling:Enabled"] = "false";
        App.Settings["Fraud:ReferralThreshold"] = "50";
        _ = App.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>Special investigation end to end through the API on the shipped motor-claim workflow.</summary>
public sealed class InvestigationTests(InvestigationFixture fixture) : IClassFixture<InvestigationFixture>
{
    private readonly ClaimsAppFactory _app = fixture.App;

    [Fact]
    public async Task Claim_AboveThreshold_InvestigatorClearsWithReasonAndItCloses()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var investigator = await ApiClients.ForAsync(_app, "investigator");
        var (id, payable) = await ReferredAsync(adjuster, 17);
        var waiting = await StatusAsync(adjuster, id, "Investigation");
        var task = waiting.GetProperty("currentTask");
        var taskId = task.GetProperty("id").GetGuid();
        var page = await investigator.GetStringAsync($"/Claims/{id}/Investigation");

        var noReason = await investigator.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Clear", data = new { reason = " " } });
        var problem = await noReason.Content.ReadFromJsonAsync<JsonElement>();
        var byAdjuster = await adjuster.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Clear", data = new { reason = "Mine." } });
        (await investigator.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Clear", data = new { reason = "Photo is the policyholder's own, sent twice by the garage." } }))
            .EnsureSuccessStatusCode();
        var closed = await ExportedAndClosedAsync(_app, adjuster, id);
        var investigation = await _app.WithDbAsync(db => db.Set<Investigation>().SingleAsync(i => i.ClaimId == id));

        Assert.Equal(("Investigation", "Investigator"), (task.GetProperty("kind").GetString(), task.GetProperty("assigneeRole").GetString()));
        Assert.Contains("id=\"fraud-score\"", page);
        Assert.Contains("ReusedPhoto", page);
        Assert.Contains("id=\"evidence\"", page);
        Assert.Equal((HttpStatusCode.BadRequest, "A reason is required for every investigation outcome."),
            (noReason.StatusCode, problem.GetProperty("errors").GetProperty("reason")[0].GetString()));
        Assert.Equal(HttpStatusCode.NotFound, byAdjuster.StatusCode);
        Assert.Equal((InvestigationOutcome.Clear, 0m, "investigator"), (investigation.Outcome, investigation.Savings.Amount, investigation.DecidedBy));
        Assert.True(investigation.Score >= 50, $"score {investigation.Score}");
        Assert.Equal(payable, closed.GetProperty("paid").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task Claim_DeniedByInvestigator_ClosesDeniedWithLetterToPolicyholder()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var investigator = await ApiClients.ForAsync(_app, "investigator");
        var address = $"denied.{Guid.NewGuid():N}@example.com";
        var (id, payable) = await ReferredAsync(adjuster, 18, address);
        var taskId = (await StatusAsync(adjuster, id, "Investigation")).GetProperty("currentTask").GetProperty("id").GetGuid();
        const string reason = "The damage photos were taken at another claim's loss, a year before this one.";

        (await investigator.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Deny", data = new { reason } })).EnsureSuccessStatusCode();
        var denied = await StatusAsync(adjuster, id, "Denied");
        var number = denied.GetProperty("number").GetString()!;
        var mailbox = new PickupMailbox(_app.MailFolder);
        // The policyholder also gets status mails (the claim page's link); the letter is the one that says denied.
        bool IsLetter(PickupMailbox.Mail m) => m.To == address && m.Subject.EndsWith("is denied", StringComparison.Ordinal);
        var letter = (await Eventually.WaitAsync(mailbox.ReadAllAsync, mails => mails.Any(IsLetter), what: "the denial letter")).Single(IsLetter);
        var kpis = await (await ApiClients.ForAsync(_app, "manager")).GetFromJsonAsync<JsonElement>("/api/kpis/investigations");
        var siu = kpis.GetProperty("investigations");
        var dashboard = await (await ApiClients.ForAsync(_app, "manager")).GetStringAsync("/Dashboard");

        Assert.Equal($"Your claim {number} is denied", letter.Subject);
        Assert.Contains(reason, letter.Text);
        Assert.Equal(("Deny", payable), (denied.GetProperty("investigation").GetProperty("outcome").GetString(), denied.GetProperty("investigation").GetProperty("savings").GetDecimal()));
        Assert.Equal(JsonValueKind.Null, denied.GetProperty("paid").ValueKind);
        Assert.True(siu.GetProperty("denied").GetInt32() >= 1 && siu.GetProperty("referred").GetInt32() >= siu.GetProperty("denied").GetInt32());
        Assert.True(siu.GetProperty("savings").GetDecimal() >= payable);
        Assert.Contains("id=\"siu-chart\"", dashboard);
    }

    [Fact]
    public async Task Claim_ReducedByInvestigator_PaidTheInvestigatorsFigure()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var investigator = await ApiClients.ForAsync(_app, "investigator");
        var (id, payable) = await ReferredAsync(adjuster, 19);
        var taskId = (await StatusAsync(adjuster, id, "Investigation")).GetProperty("currentTask").GetProperty("id").GetGuid();
        var reducedTo = Math.Round(payable / 2, 2);

        var tooMuch = await investigator.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Reduce", data = new { reason = "Old damage.", reducedTo = payable } });
        (await investigator.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Reduce", data = new { reason = "The bonnet dent predates the loss.", reducedTo } }))
            .EnsureSuccessStatusCode();
        var closed = await ExportedAndClosedAsync(_app, adjuster, id);
        var investigation = await _app.WithDbAsync(db => db.Set<Investigation>().SingleAsync(i => i.ClaimId == id));

        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Equal(reducedTo, closed.GetProperty("paid").GetProperty("amount").GetDecimal());
        Assert.Equal((InvestigationOutcome.Reduce, payable, payable - reducedTo), (investigation.Outcome, investigation.Claimed, investigation.Savings.Amount));
    }

    /// <summary>A claim reported 5 days after the loss whose damage photo is already on another claim, estimated at catalogue prices and submitted.</summary>
    private async Task<(Guid Id, decimal Payable)> ReferredAsync(HttpClient adjuster, int policyIndex, string? email = null)
    {
        var policy = await PolicyAsync(_app, policyIndex);
        if (email is not null)
        {
            await _app.WithDbAsync(async db =>
            {
                var holder = await db.Policies.Where(p => p.Number == policy.Number).Join(db.Policyholders, p => p.PolicyholderId, h => h.Id, (p, h) => h).SingleAsync();
                db.Entry(holder).Property(h => h.Email).CurrentValue = email;
                await db.SaveChangesAsync();
            });
        }

        var other = await ReportedAsync(adjuster, await PolicyAsync(_app, policyIndex + 20), DateTimeOffset.UtcNow.AddHours(-3));
        var id = await ReportedAsync(adjuster, policy, DateTimeOffset.UtcNow.AddDays(-5));
        var photo = EvidencePhotos.Jpeg(7000 + policyIndex);
        (await EvidencePhotos.UploadAsync(adjuster, other, "Damage", "bonnet", ("first.jpg", photo, "image/jpeg"))).EnsureSuccessStatusCode();
        (await EvidencePhotos.UploadAsync(adjuster, id, "Damage", "bonnet", ("again.jpg", photo, "image/jpeg"))).EnsureSuccessStatusCode();
        var part = (await PartsAsync(_app, policy)).First(p => p.Position == "BUMPER_FRONT");
        var saved = await adjuster.PutAsJsonAsync($"/api/claims/{id}/estimate", new { lines = new object[] { new { kind = "Part", partNumber = part.PartNumber, channel = "FourS", quantity = 1 } } });
        var body = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(saved.IsSuccessStatusCode, body.ToString());
        (await adjuster.PostAsync($"/api/claims/{id}/estimate/submit", null)).EnsureSuccessStatusCode();
        return (id, body.GetProperty("totals").GetProperty("payable").GetDecimal());
    }

    private static async Task<Guid> ReportedAsync(HttpClient adjuster, DemoPolicy policy, DateTimeOffset lossAt)
    {
        var response = await ReportAsync(adjuster, policy.Number, lossAt);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created && body.GetProperty("status").GetString() == "Surveying", body.ToString());
        return body.GetProperty("id").GetGuid();
    }
}
