using System.Net.Http.Json;
using System.Text.Json;
using Claims.Domain.Estimates;
using Claims.Domain.Policies;
using Claims.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Claims.Tests.Builders;

/// <summary>Demo-data look-ups and API steps shared by the claim tests.</summary>
public static class ClaimScenarios
{
    public sealed record DemoPolicy(string Number, DateOnly StartDate, string ModelCode, string RegionCode);

    /// <summary>An in-force Shanghai policy with own-damage cover, by position in a stable order (so tests pick different ones).</summary>
    public static Task<DemoPolicy> PolicyAsync(WebApplicationFactory<Program> app, int index = 0, string region = "SH") =>
        app.WithDbAsync(async db =>
        {
            var rows = await (from p in db.Policies
                              join v in db.Vehicles on p.VehicleId equals v.Id
                              where p.RegionCode == region && p.Status == PolicyStatus.InForce
                              orderby p.Number
                              select new { p.Number, p.StartDate, p.Covers, v.ModelCode }).ToListAsync();
            var pick = rows.Where(r => (r.Covers & Cover.OwnDamage) == Cover.OwnDamage).ElementAt(index);
            return new DemoPolicy(pick.Number, pick.StartDate, pick.ModelCode, region);
        });

    /// <summary>Catalogue parts of the model in the region in one channel, dearest first.</summary>
    public static Task<List<PartPrice>> PartsAsync(WebApplicationFactory<Program> app, DemoPolicy policy, PriceChannel channel = PriceChannel.FourS) =>
        app.WithDbAsync(db => db.PartPrices.AsNoTracking()
            .Where(p => p.ModelCode == policy.ModelCode && p.RegionCode == policy.RegionCode && p.Channel == channel)
            .OrderByDescending(p => p.Price).ToListAsync());

    public static async Task<HttpResponseMessage> ReportAsync(HttpClient client, string policyNumber, DateTimeOffset lossAt, string cause = "Collision", string liability = "Full") =>
        await client.PostAsJsonAsync("/api/claims", new
        {
            policyNumber, lossAt, lossPlace = "Yan'an Elevated Road near Jiangsu Road exit", cause, liability,
            description = "Rear-ended in slow traffic; front bumper and bonnet damaged.", injuries = false, drivable = true,
            thirdPartyCount = 1, thirdParties = "沪B·12345, Ping An", channel = "Phone",
        });

    public static async Task<JsonElement> ClaimAsync(HttpClient client, Guid id) => await client.GetFromJsonAsync<JsonElement>($"/api/claims/{id}");

    public static Task<JsonElement> StatusAsync(HttpClient client, Guid id, string status) =>
        Eventually.WaitAsync(() => ClaimAsync(client, id), c => c.GetProperty("status").GetString() == status, what: $"claim {id} to be {status}");

    /// <summary>The claim once its current task is of that kind (a sub-flow's task appears after the outbox starts the child).</summary>
    public static Task<JsonElement> CurrentTaskAsync(HttpClient client, Guid id, string kind) =>
        Eventually.WaitAsync(() => ClaimAsync(client, id),
            c => c.GetProperty("currentTask") is { ValueKind: JsonValueKind.Object } t && t.GetProperty("kind").GetString() == kind, what: $"claim {id} to wait at {kind}");

    /// <summary>A straight-through claim is paid, then closes once the admin's bank export carries its payment (decision 0022).</summary>
    public static async Task<JsonElement> ExportedAndClosedAsync(WebApplicationFactory<Program> app, HttpClient client, Guid id)
    {
        await StatusAsync(client, id, "Paid");
        var admin = await ApiClients.ForAsync(app, "admin");
        (await admin.PostAsJsonAsync("/api/payment-exports", new { })).EnsureSuccessStatusCode();
        return await StatusAsync(client, id, "Closed");
    }

    /// <summary>A policy issued today starts next week: move its term back a month so a loss yesterday is covered. Its number.</summary>
    public static Task<string> InForceSinceLastMonthAsync(WebApplicationFactory<Program> app, Guid policyId) =>
        app.WithDbAsync(async db =>
        {
            var policy = await db.Policies.SingleAsync(p => p.Id == policyId);
            var start = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-1);
            db.Entry(policy).Property(p => p.StartDate).CurrentValue = start;
            db.Entry(policy).Property(p => p.ExpiryDate).CurrentValue = start.AddYears(1).AddDays(-1);
            await db.SaveChangesAsync();
            return policy.Number;
        });
}
