using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Domain.Customers;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using static Claims.Tests.Builders.ClaimScenarios;

namespace Claims.Tests.Web;

/// <summary>The customer's tier at notice decides the claim's service level on the shipped motor-claim workflow.</summary>
public sealed class ClaimFastTrackTests(DemoClaimsFixture fixture) : IClassFixture<DemoClaimsFixture>
{
    private readonly ClaimsAppFactory _app = fixture.App;

    [Fact]
    public async Task Claim_VipCustomer_FastTrackedSurveyDueInFourHoursAndFirstInQueue()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var (plain, vip) = (await PolicyAsync(_app, 10), await PolicyAsync(_app, 11));
        await TierAsync(vip.Number, "VIP");
        await TierAsync(plain.Number, "C");

        var plainClaim = await ReportedAsync(adjuster, plain.Number);
        var vipClaim = await ReportedAsync(adjuster, vip.Number);
        var (plainTask, vipTask) = (await SurveyTaskAsync(plainClaim.Id), await SurveyTaskAsync(vipClaim.Id));
        var queue = await adjuster.GetStringAsync("/Claims");

        Assert.Equal(("VIP", true), (vipClaim.Body.GetProperty("customerTier").GetString(), vipClaim.Body.GetProperty("fastTrack").GetBoolean()));
        Assert.Equal(("C", false), (plainClaim.Body.GetProperty("customerTier").GetString(), plainClaim.Body.GetProperty("fastTrack").GetBoolean()));
        Assert.Equal(4 * 60, Minutes(vipTask.DueAt!.Value - vipTask.CreatedAt));
        Assert.Equal(2 * 24 * 60, Minutes(plainTask.DueAt!.Value - plainTask.CreatedAt));
        Assert.StartsWith("FAST TRACK (VIP) Survey and estimate", vipTask.Subject);
        Assert.StartsWith("Survey and estimate", plainTask.Subject);
        // Reported second, listed first.
        Assert.True(queue.IndexOf(vipClaim.Number, StringComparison.Ordinal) < queue.IndexOf(plainClaim.Number, StringComparison.Ordinal), "fast-tracked claim first in the queue");
    }

    [Fact]
    public async Task Claim_UntieredCustomer_NotFastTracked()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var policy = await PolicyAsync(_app, 12);
        await _app.WithDbAsync(async db =>
        {
            var holder = await db.Policies.Where(p => p.Number == policy.Number).Select(p => p.PolicyholderId).SingleAsync();
            await db.Set<CustomerTier>().Where(t => t.PolicyholderId == holder).ExecuteDeleteAsync();
        });

        var claim = await ReportedAsync(adjuster, policy.Number);

        Assert.Equal(JsonValueKind.Null, claim.Body.GetProperty("customerTier").ValueKind);
        Assert.False(claim.Body.GetProperty("fastTrack").GetBoolean());
    }

    private static int Minutes(TimeSpan span) => (int)Math.Round(span.TotalMinutes);

    private Task TierAsync(string policyNumber, string tier) =>
        _app.WithDbAsync(async db =>
        {
            var holder = await db.Policies.Where(p => p.Number == policyNumber).Select(p => p.PolicyholderId).SingleAsync();
            var row = await db.Set<CustomerTier>().SingleOrDefaultAsync(t => t.PolicyholderId == holder);
            if (row is null)
            {
                row = CustomerTier.For(holder);
                db.Add(row);
            }

            row.Apply(tier, new CustomerFacts(10_000m, 5, 0), DateTime.UtcNow);
            await db.SaveChangesAsync();
        });

    private static async Task<(Guid Id, string Number, JsonElement Body)> ReportedAsync(HttpClient adjuster, string policyNumber)
    {
        var response = await ReportAsync(adjuster, policyNumber, DateTimeOffset.UtcNow.AddDays(-1));
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, created.ToString());
        var id = created.GetProperty("id").GetGuid();
        return (id, created.GetProperty("number").GetString()!, await StatusAsync(adjuster, id, "Surveying"));
    }

    private Task<WorkTask> SurveyTaskAsync(Guid claimId) =>
        _app.WithDbAsync(async db =>
        {
            var instance = await db.Claims.Where(c => c.Id == claimId).Select(c => c.WorkflowInstanceId).SingleAsync();
            return await db.WorkTasks.AsNoTracking().SingleAsync(t => t.WorkflowInstanceId == instance && t.Kind == "SurveyEstimate");
        });
}
