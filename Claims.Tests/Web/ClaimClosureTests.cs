using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using static Claims.Tests.Builders.ClaimScenarios;
using static Claims.Tests.Builders.MoneyScenarios;

namespace Claims.Tests.Web;

/// <summary>The close guard (decision 0022): no claim closes while a payment is unexported or a reserve is open or pending.</summary>
public sealed class ClaimClosureTests(DemoClaimsFixture fixture) : IClassFixture<DemoClaimsFixture>
{
    private readonly ClaimsAppFactory _app = fixture.App;

    [Fact]
    public async Task Claim_WithoutPayees_WaitsPaidUntilItsPaymentIsExportedThenClosesWithReserveZero()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var admin = await ApiClients.ForAsync(_app, "admin");
        var policy = await PolicyAsync(_app, 8);
        var id = (await (await ReportAsync(adjuster, policy.Number, DateTimeOffset.UtcNow.AddDays(-1))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var part = (await PartsAsync(_app, policy)).First(p => p.Position == "BUMPER_FRONT");
        (await adjuster.PutAsJsonAsync($"/api/claims/{id}/estimate", new
        {
            shopClass = "FourS", repairShop = "Jing'an 4S", lines = new object[] { new { kind = "Part", partNumber = part.PartNumber, channel = "FourS", quantity = 1 } },
        })).EnsureSuccessStatusCode();
        (await adjuster.PostAsync($"/api/claims/{id}/estimate/submit", null)).EnsureSuccessStatusCode();

        // The straight-through payment is recorded; the workflow then waits for the bank file instead of closing.
        await StatusAsync(adjuster, id, "Paid");
        var waiting = await Eventually.WaitAsync(() => ExportBookmarkAsync(id), b => b is not null, TimeSpan.FromSeconds(30), "the claim to wait for the export");
        var paid = await FinancialsAsync(adjuster, id);
        Assert.Equal("Paid", (await ClaimAsync(adjuster, id)).GetProperty("status").GetString());
        Assert.False(paid.GetProperty("payments")[0].GetProperty("exported").GetBoolean());
        Assert.Null(waiting!.ConsumedAt);

        (await admin.PostAsJsonAsync("/api/payment-exports", new { })).EnsureSuccessStatusCode();
        await StatusAsync(adjuster, id, "Closed");

        var closed = await FinancialsAsync(adjuster, id);
        var total = closed.GetProperty("total");
        Assert.True(closed.GetProperty("payments")[0].GetProperty("exported").GetBoolean());
        Assert.Equal((0m, total.GetProperty("paid").GetDecimal()), (total.GetProperty("outstanding").GetDecimal(), total.GetProperty("reserve").GetDecimal()));
    }

    [Fact]
    public async Task Claim_WithPayeesAndAPendingReserveChange_CloseRefusedUntilTheSeniorDecides()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var senior = await ApiClients.ForAsync(_app, "senior.adjuster");
        var admin = await ApiClients.ForAsync(_app, "admin");
        var claim = await ApprovedForPaymentsAsync(_app, adjuster, 9);
        var task = await OpenTaskAsync(_app, claim.Id, "Settlement");
        Assert.Equal(HttpStatusCode.Created, (await PayAsync(adjuster, claim.Id, claim.Shop, claim.Payable, final: true)).StatusCode);
        (await admin.PostAsJsonAsync("/api/payment-exports", new { })).EnsureSuccessStatusCode();
        var raise = await adjuster.PostAsJsonAsync($"/api/claims/{claim.Id}/reserves", new { category = "BodilyInjury", reserve = 30_000m, reason = "Late whiplash claim" });
        Assert.Equal(HttpStatusCode.Accepted, raise.StatusCode);

        var refused = await adjuster.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { outcome = "Close" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("A reserve change is waiting for a senior's approval.", await refused.Content.ReadAsStringAsync());
        var approval = await OpenTaskAsync(_app, claim.Id, "ReserveApproval");
        (await senior.PostAsJsonAsync($"/api/tasks/{approval.Id}/complete", new { outcome = "Decline", data = new { comment = "Medical report says no injury." } })).EnsureSuccessStatusCode();
        await Eventually.WaitAsync(() => FinancialsAsync(adjuster, claim.Id), f => f.GetProperty("pendingReserveChanges").GetArrayLength() == 0, TimeSpan.FromSeconds(30), "the decision");
        (await adjuster.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { outcome = "Close" })).EnsureSuccessStatusCode();
        await StatusAsync(adjuster, claim.Id, "Closed");
        Assert.Equal(0m, (await FinancialsAsync(adjuster, claim.Id)).GetProperty("total").GetProperty("outstanding").GetDecimal());
    }

    private Task<BookmarkRecord?> ExportBookmarkAsync(Guid claimId) =>
        _app.WithDbAsync(db => db.Set<BookmarkRecord>().AsNoTracking().FirstOrDefaultAsync(b => b.Name == "PaymentsExported" && b.CorrelationId == $"claim:{claimId}"));
}
