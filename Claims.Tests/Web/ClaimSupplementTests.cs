using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using static Claims.Tests.Builders.ClaimScenarios;
using static Claims.Tests.Builders.MoneyScenarios;

namespace Claims.Tests.Web;

/// <summary>
/// Paying more than the approved settlement needs a new approval (issue 18): the Pay and close task's Supplement reopens the
/// estimate, which goes through price check and authority again; and only an approver whose authority covers a reserve approves it.
/// </summary>
public sealed class ClaimSupplementTests(DemoClaimsFixture fixture) : IClassFixture<DemoClaimsFixture>
{
    private readonly ClaimsAppFactory _app = fixture.App;

    [Fact]
    public async Task Payment_AboveApprovedSettlement_RefusedUntilSupplementIsApprovedThenPaid()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var claim = await ApprovedForPaymentsAsync(_app, adjuster, 20);
        (await PayAsync(adjuster, claim.Id, claim.Shop, claim.Payable - 100m)).EnsureSuccessStatusCode();

        var over = await PayAsync(adjuster, claim.Id, claim.Shop, 200m);
        var settle = await OpenTaskAsync(_app, claim.Id, "Settlement");
        var noReason = await adjuster.PostAsJsonAsync($"/api/tasks/{settle.Id}/complete", new { outcome = "Supplement" });
        (await adjuster.PostAsJsonAsync($"/api/tasks/{settle.Id}/complete", new { outcome = "Supplement", data = new { comment = "Hidden damage at strip-down: headlamp bracket" } }))
            .EnsureSuccessStatusCode();
        await StatusAsync(adjuster, claim.Id, "Surveying");
        var duringSurvey = await PayAsync(adjuster, claim.Id, claim.Shop, 50m);

        // The revised estimate adds a headlamp; submitted, it is priced and approved again within the adjuster's authority.
        var policy = await PolicyAsync(_app, 20);
        var parts = await PartsAsync(_app, policy);
        var bumper = parts.First(p => p.Position == "BUMPER_FRONT");
        var lamp = parts.First(p => p.Position.StartsWith("HEADLAMP", StringComparison.Ordinal));
        (await adjuster.PutAsJsonAsync($"/api/claims/{claim.Id}/estimate", new
        {
            shopClass = "FourS", repairShop = "Jing'an 4S",
            lines = new object[]
            {
                new { kind = "Part", partNumber = bumper.PartNumber, channel = "FourS", quantity = 1 },
                new { kind = "Labour", position = "BUMPER_FRONT", workType = "Replace" },
                new { kind = "Paint", position = "BUMPER_FRONT" },
                new { kind = "Part", partNumber = lamp.PartNumber, channel = "FourS", quantity = 1 },
            },
        })).EnsureSuccessStatusCode();
        (await adjuster.PostAsync($"/api/claims/{claim.Id}/estimate/submit", null)).EnsureSuccessStatusCode();
        var approved = await StatusAsync(adjuster, claim.Id, "Approved");
        var revised = approved.GetProperty("estimate").GetProperty("totals").GetProperty("payable").GetDecimal();
        var rest = await PayAsync(adjuster, claim.Id, claim.Shop, revised - (claim.Payable - 100m), final: true);
        var financials = await FinancialsAsync(adjuster, claim.Id);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, over.StatusCode);
        Assert.Contains("Supplement", await over.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duringSurvey.StatusCode);
        Assert.True(revised > claim.Payable, $"revised {revised} vs {claim.Payable}");
        Assert.Equal(HttpStatusCode.Created, rest.StatusCode);
        Assert.Equal((revised, revised), (financials.GetProperty("approvedSettlement").GetDecimal(), financials.GetProperty("indemnityPaid").GetDecimal()));
        Assert.Equal("Paid", (await ClaimAsync(adjuster, claim.Id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Supplement_RevisedBelowWhatIsPaid_SubmitRefused()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var claim = await ApprovedForPaymentsAsync(_app, adjuster, 21);
        (await PayAsync(adjuster, claim.Id, claim.Shop, claim.Payable)).EnsureSuccessStatusCode();
        var settle = await OpenTaskAsync(_app, claim.Id, "Settlement");
        (await adjuster.PostAsJsonAsync($"/api/tasks/{settle.Id}/complete", new { outcome = "Supplement", data = new { comment = "Recheck the paint" } }))
            .EnsureSuccessStatusCode();
        await StatusAsync(adjuster, claim.Id, "Surveying");
        var bumper = (await PartsAsync(_app, await PolicyAsync(_app, 21))).First(p => p.Position == "BUMPER_FRONT");
        (await adjuster.PutAsJsonAsync($"/api/claims/{claim.Id}/estimate", new
        {
            shopClass = "FourS", repairShop = "Jing'an 4S",
            lines = new object[] { new { kind = "Part", partNumber = bumper.PartNumber, channel = "FourS", quantity = 1 } },
        })).EnsureSuccessStatusCode();

        var submit = await adjuster.PostAsync($"/api/claims/{claim.Id}/estimate/submit", null);

        Assert.Equal(HttpStatusCode.BadRequest, submit.StatusCode);
        Assert.Contains("already paid", await submit.Content.ReadAsStringAsync());
        Assert.Equal("Surveying", (await ClaimAsync(adjuster, claim.Id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReserveApproval_AboveSeniorsAuthority_OnlyHeadOfficeApproves()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var senior = await ApiClients.ForAsync(_app, "senior.adjuster");
        var headOffice = await ApiClients.ForAsync(_app, "headoffice.adjuster");
        var policy = await PolicyAsync(_app, 22);
        var id = (await (await ReportAsync(adjuster, policy.Number, DateTimeOffset.UtcNow.AddDays(-1))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var raise = await adjuster.PostAsJsonAsync($"/api/claims/{id}/reserves", new { category = "BodilyInjury", reserve = 150_000m, reason = "Passenger in hospital" });
        var approval = await OpenTaskAsync(_app, id, "ReserveApproval");

        var bySenior = await senior.PostAsJsonAsync($"/api/tasks/{approval.Id}/complete", new { outcome = "Approve" });
        var byHeadOffice = await headOffice.PostAsJsonAsync($"/api/tasks/{approval.Id}/complete", new { outcome = "Approve" });
        var applied = await Eventually.WaitAsync(() => FinancialsAsync(adjuster, id), f => Category(f, "BodilyInjury", "reserve") == 150_000m,
            TimeSpan.FromSeconds(30), "the approved reserve");

        Assert.Equal(3, (await raise.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("referToLevel").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, bySenior.StatusCode);
        Assert.Contains("needs level 3", await bySenior.Content.ReadAsStringAsync());
        Assert.True(byHeadOffice.IsSuccessStatusCode, await byHeadOffice.Content.ReadAsStringAsync());
        Assert.Contains(applied.GetProperty("ledger").EnumerateArray(), l => l.GetProperty("by").GetString() == "headoffice.adjuster");
    }
}
