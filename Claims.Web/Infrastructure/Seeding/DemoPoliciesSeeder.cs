using System.Diagnostics;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Seeding.Demo;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Seeding;

/// <summary>Demo agents, then ~200 policyholders with vehicles and policies expiring over the next 120 days (once).</summary>
public sealed class DemoPoliciesSeeder(TimeProvider time, ILogger<DemoPoliciesSeeder> logger) : ISeeder
{
    public int Order => 20;

    public async Task SeedAsync(ClaimsDbContext db, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var existingAgents = await db.Agents.Select(a => a.Code).ToListAsync(ct);
        var newAgents = DemoPolicies.Agents().Where(a => !existingAgents.Contains(a.Code)).ToList();
        if (newAgents.Count > 0)
        {
            await db.InsertManyAsync(newAgents, ct);
        }

        // Databases seeded before agents had users get the demo agent's link once.
        if (await db.Agents.SingleOrDefaultAsync(a => a.Code == DemoPolicies.DemoAgentCode && a.UserName == null, ct) is { } unlinked)
        {
            unlinked.LinkUser(DemoPolicies.DemoAgentUserName);
            await db.SaveChangesAsync(ct);
        }

        if (await db.Policyholders.AnyAsync(ct) || await db.Policies.AnyAsync(ct))
        {
            return;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var agents = await db.Agents.AsNoTracking().Where(a => a.Code.StartsWith("AG-")).OrderBy(a => a.Code).ToListAsync(ct);
        var tariff = await db.TariffTables.AsNoTracking().OrderByDescending(t => t.EffectiveFrom).FirstOrDefaultAsync(ct)
            ?? DemoReferenceData.Tariff(today);
        var book = DemoPolicies.Generate(today, agents, tariff);
        await db.InsertManyAsync(book.Policyholders, ct);
        await db.InsertManyAsync(book.Vehicles, ct);
        await db.InsertManyAsync(book.Policies, ct);
        logger.LogInformation(
            "Seeded {Agents} agents, {Holders} policyholders, {Vehicles} vehicles, {Policies} policies in {ElapsedMs} ms",
            newAgents.Count, book.Policyholders.Count, book.Vehicles.Count, book.Policies.Count, watch.ElapsedMilliseconds);
    }
}
