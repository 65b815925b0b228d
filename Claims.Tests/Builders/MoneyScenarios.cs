using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Tests.Fixtures;
using Claims.Workflows.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using static Claims.Tests.Builders.ClaimScenarios;

namespace Claims.Tests.Builders;

/// <summary>API steps of the claim-money tests: a claim estimated with payees and approved for payment, payments, open tasks.</summary>
public static class MoneyScenarios
{
    public sealed record ApprovedClaim(Guid Id, decimal Payable, Guid Shop, Guid Holder);

    /// <summary>Reports a claim, estimates a 4S bumper (within the adjuster's authority), adds a repair shop and the policyholder as payees, submits.</summary>
    public static async Task<ApprovedClaim> ApprovedForPaymentsAsync(WebApplicationFactory<Program> app, HttpClient adjuster, int policyIndex)
    {
        var policy = await PolicyAsync(app, policyIndex);
        var reported = await ReportAsync(adjuster, policy.Number, DateTimeOffset.UtcNow.AddDays(-1));
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        var id = (await reported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var part = (await PartsAsync(app, policy)).First(p => p.Position == "BUMPER_FRONT");
        var saved = await adjuster.PutAsJsonAsync($"/api/claims/{id}/estimate", new
        {
            shopClass = "FourS", repairShop = "Jing'an 4S",
            lines = new object[]
            {
                new { kind = "Part", partNumber = part.PartNumber, channel = "FourS", quantity = 1 },
                new { kind = "Labour", position = "BUMPER_FRONT", workType = "Replace" },
                new { kind = "Paint", position = "BUMPER_FRONT" },
            },
        });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var shop = await PayeeAsync(adjuster, id, "RepairShop", "Jing'an 4S Service Co.", "CN12 3456 7890 1234 5678");
        var holder = await PayeeAsync(adjuster, id, "Policyholder", "Li Wei", "CN98 7654 3210 9876 5432");
        (await adjuster.PostAsync($"/api/claims/{id}/estimate/submit", null)).EnsureSuccessStatusCode();
        var approved = await StatusAsync(adjuster, id, "Approved");
        return new ApprovedClaim(id, approved.GetProperty("estimate").GetProperty("totals").GetProperty("payable").GetDecimal(), shop, holder);
    }

    public static async Task<Guid> PayeeAsync(HttpClient client, Guid claimId, string kind, string name, string account)
    {
        var response = await client.PostAsJsonAsync($"/api/claims/{claimId}/payees", new { kind, name, account, bank = "Bank of Shanghai" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body.GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> PayAsync(HttpClient client, Guid claimId, Guid payeeId, decimal amount, bool final = false, string category = "OwnDamageRepair") =>
        client.PostAsJsonAsync($"/api/claims/{claimId}/payments", new { payeeId, category, amount, final });

    public static async Task<JsonElement> FinancialsAsync(HttpClient client, Guid claimId) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/claims/{claimId}/financials");

    public static decimal Category(JsonElement financials, string category, string field) =>
        financials.GetProperty("categories").EnumerateArray().Where(c => c.GetProperty("category").GetString() == category)
            .Select(c => c.GetProperty(field).GetDecimal()).DefaultIfEmpty(0m).Single();

    /// <summary>The claim's open task of a kind, once the workflow has created it.</summary>
    public static async Task<WorkTask> OpenTaskAsync(WebApplicationFactory<Program> app, Guid claimId, string kind) =>
        (await Eventually.WaitAsync(
            () => app.WithDbAsync(async db =>
            {
                var instance = await db.Claims.Where(c => c.Id == claimId).Select(c => c.WorkflowInstanceId).SingleAsync();
                return await db.WorkTasks.AsNoTracking().FirstOrDefaultAsync(t => t.WorkflowInstanceId == instance && t.Kind == kind && t.Status == WorkTaskStatus.Open);
            }),
            t => t is not null, TimeSpan.FromSeconds(30), $"an open {kind} task"))!;
}
