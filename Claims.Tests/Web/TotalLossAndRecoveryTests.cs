using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Domain.Common;
using Claims.Domain.Financials;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using static Claims.Tests.Builders.ClaimScenarios;
using static Claims.Tests.Builders.MoneyScenarios;

namespace Claims.Tests.Web;

/// <summary>A total loss with its salvage sale, and subrogation recoveries received and written off, through the API on the shipped motor-claim workflow.</summary>
public sealed class TotalLossAndRecoveryTests(DemoClaimsFixture fixture) : IClassFixture<DemoClaimsFixture>
{
    private readonly ClaimsAppFactory _app = fixture.App;

    [Fact]
    public async Task TotalLoss_EstimateAboveActualValue_SettlesActualValueLessExcessAndClosesAfterSalvageSale()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        // The subrogation tests' models keep their price: this claim's model is another one.
        var others = new[] { (await PolicyAsync(_app, 1)).ModelCode, (await PolicyAsync(_app, 2)).ModelCode };
        var policy = await FirstPolicyAsync(p => !others.Contains(p.ModelCode));
        // A 10,000 car first registered in 2010: depreciation is capped at 80 %, so its actual value is 2,000.00.
        await AgeVehicleAsync(policy, 10_000m, new DateOnly(2010, 1, 1));
        var id = await ReportedIdAsync(adjuster, policy, "Full");
        var parts = (await PartsAsync(_app, policy)).DistinctBy(p => p.Position).Take(3).ToList();
        var saved = await adjuster.PutAsJsonAsync($"/api/claims/{id}/estimate", new
        {
            shopClass = "FourS", lines = parts.Select(p => (object)new { kind = "Part", partNumber = p.PartNumber, channel = "FourS", quantity = 1 }).ToArray(),
        });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var gross = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("totals").GetProperty("gross").GetDecimal();
        Assert.True(gross >= 2_000m, $"the estimate {gross} must reach the actual value");
        var fully = await adjuster.PostAsJsonAsync($"/api/claims/{id}/subrogation", new { liableParty = "Nobody" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fully.StatusCode);

        (await adjuster.PostAsync($"/api/claims/{id}/estimate/submit", null)).EnsureSuccessStatusCode();
        var sale = await OpenTaskAsync(_app, id, "SalvageSale");
        var paid = await FinancialsAsync(adjuster, id);
        var excess = paid.GetProperty("excess").GetDecimal();
        var settlement = Math.Max(0m, 2_000m - excess);
        var terms = paid.GetProperty("terms");
        Assert.Equal((true, 2_000m, settlement), (terms.GetProperty("totalLoss").GetBoolean(), terms.GetProperty("actualValue").GetDecimal(), terms.GetProperty("totalLossPayable").GetDecimal()));
        Assert.Equal((settlement, settlement), (paid.GetProperty("approvedSettlement").GetDecimal(), paid.GetProperty("total").GetProperty("paid").GetDecimal()));
        Assert.Equal("Paid", (await ClaimAsync(adjuster, id)).GetProperty("status").GetString());

        // The wreck is not sold yet: the task refuses to close; then the buyer's price is demanded and received.
        var early = await adjuster.PostAsJsonAsync($"/api/tasks/{sale.Id}/complete", new { outcome = "Sold" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("sale", await early.Content.ReadAsStringAsync());
        var badAmount = await adjuster.PostAsJsonAsync($"/api/claims/{id}/recoveries", new { kind = "Salvage", party = "Shanghai Used Car Auction Co." });
        Assert.Equal(HttpStatusCode.BadRequest, badAmount.StatusCode);
        var opened = await adjuster.PostAsJsonAsync($"/api/claims/{id}/recoveries", new { kind = "Salvage", party = "Shanghai Used Car Auction Co.", amount = 800.00m });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var recovery = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var twice = await adjuster.PostAsJsonAsync($"/api/claims/{id}/recoveries", new { kind = "Salvage", party = "Another buyer", amount = 900.00m });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        var over = await adjuster.PostAsJsonAsync($"/api/recoveries/{recovery}/receipts", new { amount = 800.01m });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, over.StatusCode);
        (await adjuster.PostAsJsonAsync($"/api/recoveries/{recovery}/receipts", new { amount = 800.00m })).EnsureSuccessStatusCode();
        (await adjuster.PostAsJsonAsync($"/api/tasks/{sale.Id}/complete", new { outcome = "Sold" })).EnsureSuccessStatusCode();
        await ExportedAndClosedAsync(_app, adjuster, id);

        // Incurred = paid + outstanding (0 at closure) − the salvage received.
        var closed = await FinancialsAsync(adjuster, id);
        var total = closed.GetProperty("total");
        Assert.Equal((0m, 800m, settlement - 800m), (total.GetProperty("outstanding").GetDecimal(), total.GetProperty("recoveriesReceived").GetDecimal(), total.GetProperty("incurred").GetDecimal()));
        var kinds = await _app.WithDbAsync(db => db.Set<LedgerEntry>().AsNoTracking().Where(e => e.RecoveryId == recovery).OrderBy(e => e.At).Select(e => e.Kind).ToListAsync());
        Assert.Equal([TransactionKind.RecoveryOpened, TransactionKind.RecoveryReceived], kinds);
    }

    [Fact]
    public async Task Subrogation_OtherPartysSharePaid_RecoveredInTwoReceipts()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var (id, share, payable) = await SubrogatedAndClosedAsync(adjuster, 1);

        var demanded = await adjuster.PostAsJsonAsync($"/api/claims/{id}/recoveries", new { kind = "Subrogation" });
        Assert.Equal(HttpStatusCode.Created, demanded.StatusCode);
        var recovery = await demanded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((share, "沪B·12345 (Ping An)"), (recovery.GetProperty("demanded").GetDecimal(), recovery.GetProperty("party").GetString()));
        var rid = recovery.GetProperty("id").GetGuid();
        var first = await (await adjuster.PostAsJsonAsync($"/api/recoveries/{rid}/receipts", new { amount = 100.00m })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(share - 100m, first.GetProperty("open").GetDecimal());
        (await adjuster.PostAsJsonAsync($"/api/recoveries/{rid}/receipts", new { amount = share - 100m })).EnsureSuccessStatusCode();
        var settled = await adjuster.PostAsJsonAsync($"/api/recoveries/{rid}/write-off", new { reason = "Nothing left" });
        Assert.Equal(HttpStatusCode.Conflict, settled.StatusCode);

        var total = (await FinancialsAsync(adjuster, id)).GetProperty("total");
        // We paid our share and theirs, recovered theirs: incurred is our share alone.
        Assert.Equal((payable + share, share, payable), (total.GetProperty("paid").GetDecimal(), total.GetProperty("recoveriesReceived").GetDecimal(), total.GetProperty("incurred").GetDecimal()));
    }

    [Fact]
    public async Task Subrogation_PartlyReceived_RestWrittenOffAndIncurredKeepsIt()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var (id, share, payable) = await SubrogatedAndClosedAsync(adjuster, 2);
        var rid = (await (await adjuster.PostAsJsonAsync($"/api/claims/{id}/recoveries", new { kind = "Subrogation", party = "Wang Fang, driver of 沪B·12345" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await adjuster.PostAsJsonAsync($"/api/recoveries/{rid}/receipts", new { amount = 50.00m })).EnsureSuccessStatusCode();

        var noReason = await adjuster.PostAsJsonAsync($"/api/recoveries/{rid}/write-off", new { reason = "" });
        var written = await adjuster.PostAsJsonAsync($"/api/recoveries/{rid}/write-off", new { reason = "Liable driver insolvent; the court ruled costs exceed the claim" });
        var missing = await adjuster.PostAsJsonAsync($"/api/recoveries/{Guid.NewGuid()}/receipts", new { amount = 1.00m });
        var salvage = await adjuster.PostAsJsonAsync($"/api/claims/{id}/recoveries", new { kind = "Salvage", party = "A buyer", amount = 10.00m });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.UnprocessableEntity),
            (noReason.StatusCode, written.StatusCode, missing.StatusCode, salvage.StatusCode));
        var view = await written.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((share - 50m, 0m), (view.GetProperty("writtenOff").GetDecimal(), view.GetProperty("open").GetDecimal()));
        var money = await FinancialsAsync(adjuster, id);
        var total = money.GetProperty("total");
        Assert.Equal((0m, payable + share - 50m), (total.GetProperty("recoveriesOpen").GetDecimal(), total.GetProperty("incurred").GetDecimal()));
        var page = await adjuster.GetStringAsync($"/Claims/{id}/Financials");
        Assert.Contains("id=\"recoveries\"", page);
        Assert.Contains("Wang Fang", page);
    }

    /// <summary>A major-liability (70 %) claim whose policyholder asks us to pay the other party's 30 % too, paid straight through and closed.</summary>
    private async Task<(Guid Id, decimal Share, decimal Payable)> SubrogatedAndClosedAsync(HttpClient adjuster, int policyIndex)
    {
        var policy = await PolicyAsync(_app, policyIndex);
        var id = await ReportedIdAsync(adjuster, policy, "Major");
        var part = (await PartsAsync(_app, policy)).First(p => p.Position == "BUMPER_FRONT");
        var saved = await adjuster.PutAsJsonAsync($"/api/claims/{id}/estimate", new
        {
            shopClass = "FourS",
            lines = new object[] { new { kind = "Part", partNumber = part.PartNumber, channel = "FourS", quantity = 1 }, new { kind = "Labour", position = "BUMPER_FRONT", workType = "Replace" } },
        });
        var totals = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("totals");
        var share = Money.Of(totals.GetProperty("net").GetDecimal() * 0.30m).Amount;
        var early = await adjuster.PostAsJsonAsync($"/api/claims/{id}/recoveries", new { kind = "Subrogation" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);

        var asked = await adjuster.PostAsJsonAsync($"/api/claims/{id}/subrogation", new { liableParty = "沪B·12345 (Ping An)" });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal(share, (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("subrogatedAmount").GetDecimal());
        (await adjuster.PostAsync($"/api/claims/{id}/estimate/submit", null)).EnsureSuccessStatusCode();
        await ExportedAndClosedAsync(_app, adjuster, id);
        var late = await adjuster.PostAsJsonAsync($"/api/claims/{id}/subrogation", new { liableParty = "Someone else" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var payable = totals.GetProperty("payable").GetDecimal();
        Assert.Equal(payable + share, (await FinancialsAsync(adjuster, id)).GetProperty("approvedSettlement").GetDecimal());
        return (id, share, payable);
    }

    private async Task<DemoPolicy> FirstPolicyAsync(Func<DemoPolicy, bool> fits)
    {
        for (var index = 3; ; index++)
        {
            if (await PolicyAsync(_app, index) is var policy && fits(policy))
            {
                return policy;
            }
        }
    }

    private static async Task<Guid> ReportedIdAsync(HttpClient adjuster, DemoPolicy policy, string liability)
    {
        var reported = await ReportAsync(adjuster, policy.Number, DateTimeOffset.UtcNow.AddDays(-1), liability: liability);
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        return (await reported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task AgeVehicleAsync(DemoPolicy policy, decimal newCarPrice, DateOnly firstRegistration) =>
        _app.WithDbAsync(async db =>
        {
            var number = policy.Number;
            var vehicleId = await db.Policies.Where(p => p.Number == number).Select(p => p.VehicleId).SingleAsync();
            var vehicle = await db.Vehicles.SingleAsync(v => v.Id == vehicleId);
            db.Entry(vehicle).Property(v => v.FirstRegistration).CurrentValue = firstRegistration;
            (await db.VehicleModels.SingleAsync(m => m.Code == vehicle.ModelCode)).Reprice(newCarPrice);
            await db.SaveChangesAsync();
        });
}
