using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Domain.Common;
using Claims.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using static Claims.Tests.Builders.ClaimScenarios;

namespace Claims.Tests.Builders;

/// <summary>API steps of the re-inspection tests: a 4S claim closed (so sampled), its audit and the audit's tasks.</summary>
public static class ReinspectionScenarios
{
    public sealed record ClosedClaim(Guid ClaimId, string Number, decimal PartPrice, decimal HourlyRate, decimal Paid);

    /// <summary>Reports, estimates (one catalogue part, 6 h replace labour at a 4S shop), verifies and closes a claim through motor-claim.</summary>
    public static async Task<ClosedClaim> CloseFourSClaimAsync(WebApplicationFactory<Program> app, HttpClient adjuster, int policyIndex, string shop)
    {
        var policy = await PolicyAsync(app, policyIndex);
        var reported = await (await ReportAsync(adjuster, policy.Number, DateTimeOffset.UtcNow.AddDays(-1))).Content.ReadFromJsonAsync<JsonElement>();
        var id = reported.GetProperty("id").GetGuid();
        var part = (await PartsAsync(app, policy)).First(p => p.Position == "BUMPER_FRONT");
        var response = await adjuster.PutAsJsonAsync($"/api/claims/{id}/estimate", new
        {
            shopClass = "FourS", repairShop = shop,
            lines = new object[]
            {
                new { kind = "Part", partNumber = part.PartNumber, channel = "FourS", quantity = 1 },
                new { kind = "Labour", position = "BUMPER_FRONT", workType = "Replace", hours = 6m },
            },
        });
        var saved = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, saved.ToString());
        (await adjuster.PostAsync($"/api/claims/{id}/estimate/submit", null)).EnsureSuccessStatusCode();
        // 6 h is far above the standard: a price checker lets it through, the audit later finds it.
        var check = (await StatusAsync(adjuster, id, "PriceVerification")).GetProperty("currentTask").GetProperty("id").GetGuid();
        var checker = await ApiClients.ForAsync(app, "price.checker");
        (await checker.PostAsJsonAsync($"/api/tasks/{check}/complete", new { outcome = "Verified", data = new { comment = "Shop quote on file." } })).EnsureSuccessStatusCode();
        var closed = await ExportedAndClosedAsync(app, adjuster, id);
        return new ClosedClaim(id, reported.GetProperty("number").GetString()!, part.Price, saved.GetProperty("lines")[1].GetProperty("unitPrice").GetDecimal(),
            closed.GetProperty("paid").GetProperty("amount").GetDecimal());
    }

    public static Task<Guid> AuditIdAsync(WebApplicationFactory<Program> app, Guid claimId) =>
        Eventually.WaitAsync(() => app.WithDbAsync(db => db.ReinspectionAudits.Where(a => a.ClaimId == claimId).Select(a => a.Id).FirstOrDefaultAsync()),
            id => id != Guid.Empty, what: $"an audit of claim {claimId}");

    public static async Task<JsonElement> AuditAsync(HttpClient client, Guid id) => await client.GetFromJsonAsync<JsonElement>($"/api/reinspections/{id}");

    /// <summary>Waits until the audit's open task is of this kind and returns it.</summary>
    public static async Task<JsonElement> TaskAsync(HttpClient client, Guid auditId, string kind) =>
        (await Eventually.WaitAsync(() => AuditAsync(client, auditId),
            a => a.GetProperty("currentTask").ValueKind == JsonValueKind.Object && a.GetProperty("currentTask").GetProperty("kind").GetString() == kind,
            what: $"a {kind} task on audit {auditId}")).GetProperty("currentTask");

    public static Task<HttpResponseMessage> CompleteAsync(HttpClient client, JsonElement task, string outcome, object? data = null) =>
        client.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", new { outcome, data });

    /// <summary>The re-inspector's re-estimate: the part at 80% (above catalogue) and 3 of the 6 labour hours.</summary>
    public static async Task<JsonElement> ReEstimateAsync(HttpClient reinspector, Guid auditId, ClosedClaim claim)
    {
        var response = await reinspector.PutAsJsonAsync($"/api/reinspections/{auditId}/re-estimate", new
        {
            lines = new object[]
            {
                new { index = 0, unitPrice = Money.Of(claim.PartPrice * 0.8m).Amount, finding = "PriceAboveCatalogue", note = "Dealer list price is lower." },
                new { index = 1, hours = 3m, finding = "LabourAboveStandard" },
            },
        });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body;
    }
}
