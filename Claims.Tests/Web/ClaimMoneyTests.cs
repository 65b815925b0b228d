using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Domain.Financials;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static Claims.Tests.Builders.ClaimScenarios;
using static Claims.Tests.Builders.MoneyScenarios;

namespace Claims.Tests.Web;

/// <summary>Reserves, payees, payments, the bank export and closure through the API on the shipped motor-claim workflow.</summary>
public sealed class ClaimMoneyTests(DemoClaimsFixture fixture, ITestOutputHelper output) : IClassFixture<DemoClaimsFixture>
{
    private readonly ClaimsAppFactory _app = fixture.App;

    [Fact]
    public async Task Claim_ReserveAboveAuthorityTwoPartialsAndFinal_SeniorApprovesExportedAndClosedWithReserveZero()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var senior = await ApiClients.ForAsync(_app, "senior.adjuster");
        var admin = await ApiClients.ForAsync(_app, "admin");
        var policy = await PolicyAsync(_app, 4);
        var reported = await (await ReportAsync(adjuster, policy.Number, DateTimeOffset.UtcNow.AddDays(-1))).Content.ReadFromJsonAsync<JsonElement>();
        var id = reported.GetProperty("id").GetGuid();

        // At notice: the configured average for a collision (no Shanghai override).
        var atNotice = await FinancialsAsync(adjuster, id);
        Assert.Equal(6_000m, Category(atNotice, "OwnDamageRepair", "reserve"));

        // A third-party property reserve of 25,000 is beyond the adjuster's 20,000: it waits for a senior.
        var raise = await adjuster.PostAsJsonAsync($"/api/claims/{id}/reserves", new { category = "ThirdPartyProperty", reserve = 25_000m, reason = "Other car's rear door and wing" });
        Assert.Equal(HttpStatusCode.Accepted, raise.StatusCode);
        Assert.Equal(2, (await raise.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("referToLevel").GetInt32());
        Assert.Equal(0m, Category(await FinancialsAsync(adjuster, id), "ThirdPartyProperty", "reserve"));
        var second = await adjuster.PostAsJsonAsync($"/api/claims/{id}/reserves", new { category = "BodilyInjury", reserve = 1_000m, reason = "Whiplash" });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var approval = await OpenTaskAsync(_app, id, "ReserveApproval");
        Assert.Equal("SeniorAdjuster", approval.AssigneeRole);
        (await senior.PostAsJsonAsync($"/api/tasks/{approval.Id}/complete", new { outcome = "Approve" })).EnsureSuccessStatusCode();
        var raised = await Eventually.WaitAsync(() => FinancialsAsync(adjuster, id), f => Category(f, "ThirdPartyProperty", "reserve") == 25_000m, TimeSpan.FromSeconds(30), "the approved reserve");
        Assert.Empty(raised.GetProperty("pendingReserveChanges").EnumerateArray());
        Assert.Contains(raised.GetProperty("ledger").EnumerateArray(), l => l.GetProperty("by").GetString() == "senior.adjuster" && l.GetProperty("amount").GetDecimal() == 25_000m);

        // Estimate with two payees, submitted: the reserve is revised to the payable and the claim waits for payments.
        var part = (await PartsAsync(_app, policy)).First(p => p.Position == "BUMPER_FRONT");
        (await adjuster.PutAsJsonAsync($"/api/claims/{id}/estimate", new
        {
            shopClass = "FourS", repairShop = "Jing'an 4S",
            lines = new object[] { new { kind = "Part", partNumber = part.PartNumber, channel = "FourS", quantity = 1 }, new { kind = "Labour", position = "BUMPER_FRONT", workType = "Replace" } },
        })).EnsureSuccessStatusCode();
        var shop = await PayeeAsync(adjuster, id, "RepairShop", "Jing'an 4S Service Co.", "CN12 3456 7890 1234 5678");
        var holder = await PayeeAsync(adjuster, id, "Policyholder", "Li Wei", "cn98 7654 3210 9876 5432");
        var early = await PayAsync(adjuster, id, shop, 100m);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        (await adjuster.PostAsync($"/api/claims/{id}/estimate/submit", null)).EnsureSuccessStatusCode();
        var approved = await StatusAsync(adjuster, id, "Approved");
        var payable = approved.GetProperty("estimate").GetProperty("totals").GetProperty("payable").GetDecimal();
        var money = await FinancialsAsync(adjuster, id);
        Assert.Equal((payable, payable), (Category(money, "OwnDamageRepair", "reserve"), money.GetProperty("approvedSettlement").GetDecimal()));
        Assert.Equal("CN98 •••• 5432", money.GetProperty("payees")[1].GetProperty("account").GetString());
        var task = await OpenTaskAsync(_app, id, "Settlement");

        // Two partial payments to two payees, then the final one; a payment above the settlement is refused.
        var first = Money(payable * 0.3m);
        var secondPart = Money(payable * 0.2m);
        Assert.Equal(HttpStatusCode.Created, (await PayAsync(adjuster, id, shop, first)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PayAsync(adjuster, id, holder, secondPart)).StatusCode);
        var over = await PayAsync(adjuster, id, shop, payable - first - secondPart + 0.01m, final: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, over.StatusCode);
        Assert.Contains("approved settlement", await over.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, (await PayAsync(adjuster, id, shop, payable - first - secondPart, final: true)).StatusCode);

        // Closing is refused while the third-party reserve is outstanding and the payments are unexported.
        var refused = await adjuster.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { outcome = "Close" });
        var why = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("ThirdPartyProperty still has an outstanding reserve of 25,000.00", why);
        Assert.Contains("3 payment(s) are not yet exported", why);
        (await adjuster.PostAsJsonAsync($"/api/claims/{id}/reserves", new { category = "ThirdPartyProperty", reserve = 0m, reason = "Other party's insurer pays" })).EnsureSuccessStatusCode();

        // The admin's export marks the payments exported; a second run exports nothing new and answers the same file.
        var export = await admin.PostAsJsonAsync("/api/payment-exports", new { });
        Assert.Equal(HttpStatusCode.Created, export.StatusCode);
        var file = await export.Content.ReadFromJsonAsync<JsonElement>();
        var again = await admin.PostAsJsonAsync("/api/payment-exports", new { });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(file.GetProperty("id").GetGuid(), (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        var csv = await admin.GetStringAsync(file.GetProperty("download").GetString());
        output.WriteLine(csv);
        Assert.Contains($"PAY-{approved.GetProperty("number").GetString()}-3", csv);
        Assert.EndsWith($"CONTROL,{file.GetProperty("count").GetInt32()},{file.GetProperty("controlTotal").GetDecimal():0.00}\r\n", csv);
        Assert.True(file.GetProperty("controlTotal").GetDecimal() >= payable);
        var paidPayment = (await FinancialsAsync(adjuster, id)).GetProperty("payments")[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict, (await adjuster.PostAsJsonAsync($"/api/payments/{paidPayment}/void", new { reason = "Duplicate" })).StatusCode);

        (await adjuster.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { outcome = "Close" })).EnsureSuccessStatusCode();
        var closed = await StatusAsync(adjuster, id, "Closed");
        var final = await FinancialsAsync(adjuster, id);
        var total = final.GetProperty("total");
        Assert.Equal((payable, payable, 0m, payable), (total.GetProperty("reserve").GetDecimal(), total.GetProperty("paid").GetDecimal(),
            total.GetProperty("outstanding").GetDecimal(), total.GetProperty("incurred").GetDecimal()));
        Assert.Equal(payable, closed.GetProperty("paid").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task Payment_VoidedBeforeExport_PaidAgainAndVoidNeedsReason()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var claim = await ApprovedForPaymentsAsync(_app, adjuster, 5);
        var paid = await (await PayAsync(adjuster, claim.Id, claim.Holder, claim.Payable, final: true)).Content.ReadFromJsonAsync<JsonElement>();
        var paymentId = paid.GetProperty("id").GetGuid();
        Assert.Equal("Paid", (await ClaimAsync(adjuster, claim.Id)).GetProperty("status").GetString());

        var noReason = await adjuster.PostAsJsonAsync($"/api/payments/{paymentId}/void", new { reason = "" });
        var voided = await adjuster.PostAsJsonAsync($"/api/payments/{paymentId}/void", new { reason = "Wrong payee: the shop repairs" });
        var twice = await adjuster.PostAsJsonAsync($"/api/payments/{paymentId}/void", new { reason = "Again" });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.OK, HttpStatusCode.Conflict), (noReason.StatusCode, voided.StatusCode, twice.StatusCode));
        Assert.Equal("Approved", (await ClaimAsync(adjuster, claim.Id)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Created, (await PayAsync(adjuster, claim.Id, claim.Shop, claim.Payable, final: true)).StatusCode);
        var money = await FinancialsAsync(adjuster, claim.Id);
        Assert.Equal((claim.Payable, 0m), (money.GetProperty("total").GetProperty("paid").GetDecimal(), money.GetProperty("total").GetProperty("outstanding").GetDecimal()));
        var lines = await _app.WithDbAsync(db => db.Set<LedgerEntry>().AsNoTracking().Where(e => e.ClaimId == claim.Id).Select(e => e.Kind).ToListAsync());
        Assert.Equal(2, lines.Count(k => k == TransactionKind.Payment));
        Assert.Single(lines, TransactionKind.PaymentVoid);
    }

    [Theory]
    [InlineData("{\"kind\":\"Hospital\",\"name\":\"Ruijin\",\"account\":\"12 3456\"}", "account")]
    [InlineData("{\"kind\":\"Garage\",\"name\":\"X\",\"account\":\"CN1234567890123456\"}", "kind")]
    [InlineData("{\"kind\":\"ThirdParty\",\"name\":\"\",\"account\":\"CN1234567890123456\"}", "name")]
    public async Task Payee_BadField_RefusedWithProblemDetails(string body, string field)
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var policy = await PolicyAsync(_app, 6);
        var id = (await (await ReportAsync(adjuster, policy.Number, DateTimeOffset.UtcNow.AddDays(-1))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var response = await adjuster.PostAsync($"/api/claims/{id}/payees", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync());
    }

    private static decimal Money(decimal amount) => global::Claims.Domain.Common.Money.Of(amount).Amount;
}
