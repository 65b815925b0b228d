using Claims.Domain.Customers;
using Claims.Domain.Policies;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Kpis;

/// <summary>
/// Due and renewed policies in one grouped query (decision 0015), by agent, policy region, month of expiry and the
/// holder's current tier; the renewal tables roll these cells up. Renewed as <c>RenewalCounting</c> decides: issued
/// by the renewal flow (linked), else a non-cancelled policy for the same holder and vehicle starting the day after expiry.
/// </summary>
public static class RenewalOutcomes
{
    /// <summary>Tier is null for a holder the nightly tier job has not computed yet.</summary>
    public sealed record Cell(Guid AgentId, string RegionCode, int Year, int Month, string? Tier, int Due, int Renewed);

    /// <summary>With a region: the region's policies and those of <paramref name="agentIds"/> (its agents, wherever they sold).</summary>
    public static async Task<IReadOnlyList<Cell>> QueryAsync(KpiFilter filter, IReadOnlyCollection<Guid>? agentIds, ClaimsDbContext db, CancellationToken ct)
    {
        var (fromDay, toDay, region) = (filter.From.DayNumber, filter.To.DayNumber, filter.Region);
        var due = db.Policies.AsNoTracking().Where(p => p.Status != PolicyStatus.Cancelled && p.ExpiryDay >= fromDay && p.ExpiryDay <= toDay);
        if (region is not null)
        {
            var agents = agentIds ?? [];
            due = due.Where(p => p.RegionCode == region || agents.Contains(p.AgentId));
        }

        var cells = await due
            .LeftJoin(db.Set<CustomerTier>(), p => p.PolicyholderId, t => t.PolicyholderId, (p, t) => new
            {
                p.AgentId, p.RegionCode, p.ExpiryDate.Year, p.ExpiryDate.Month, Tier = t == null ? null : t.Tier,
                // A policy never succeeds itself (it starts before it expires), so the successor needs no id check.
                Renewed = p.RenewedByPolicyId != null || db.Policies.Any(s => s.VehicleId == p.VehicleId && s.PolicyholderId == p.PolicyholderId
                    && s.StartDay == p.ExpiryDay + 1 && s.Status != PolicyStatus.Cancelled),
            })
            .GroupBy(p => new { p.AgentId, p.RegionCode, p.Year, p.Month, p.Tier })
            .Select(g => new { g.Key, Due = g.Count(), Renewed = g.Sum(p => p.Renewed ? 1 : 0) })
            .ToListAsync(ct);
        return [.. cells.Select(c => new Cell(c.Key.AgentId, c.Key.RegionCode, c.Key.Year, c.Key.Month, c.Key.Tier, c.Due, c.Renewed))];
    }
}
