using Claims.Domain.Customers;
using Claims.Domain.Policies;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Kpis;

/// <summary>
/// Due and renewed policies by agent, policy region, month of expiry and the holder's current tier; the renewal tables
/// roll these cells up. Renewed as <c>RenewalCounting</c> decides: issued by the renewal flow (linked), else a
/// non-cancelled policy for the same holder and vehicle starting the day after expiry. Whole months held by the nightly
/// <see cref="RenewalSnapshotJob"/> come from it; the rest of the period is counted live (decision 0015).
/// </summary>
public static class RenewalOutcomes
{
    /// <summary>Tier is null for a holder the nightly tier job has not computed yet.</summary>
    public sealed record Cell(Guid AgentId, string RegionCode, int Year, int Month, string? Tier, int Due, int Renewed);

    /// <summary>With a region: the region's policies and those of <paramref name="agentIds"/> (its agents, wherever they sold).</summary>
    public static async Task<IReadOnlyList<Cell>> QueryAsync(KpiFilter filter, IReadOnlyCollection<Guid>? agentIds, ClaimsDbContext db, CancellationToken ct)
    {
        var range = await db.Set<RenewalSnapshotRange>().AsNoTracking().SingleOrDefaultAsync(r => r.Name == RenewalSnapshotRange.Key, ct);
        // The whole months of the period, as month keys.
        var first = RenewalMonth.KeyOf(filter.From.Year, filter.From.Month) + (filter.From.Day == 1 ? 0 : 1);
        var last = RenewalMonth.KeyOf(filter.To.Year, filter.To.Month) - (filter.To.AddDays(1).Day == 1 ? 0 : 1);
        if (range is not null)
        {
            (first, last) = (Math.Max(first, range.FirstMonthKey), Math.Min(last, range.LastMonthKey));
        }

        if (range is null || first > last)
        {
            return await LiveAsync(filter, filter.From, filter.To, agentIds, db, ct);
        }

        var stored = db.Set<RenewalMonth>().AsNoTracking().Where(m => m.MonthKey >= first && m.MonthKey <= last);
        if (filter.Region is { } region)
        {
            var agents = agentIds ?? [];
            stored = stored.Where(m => m.RegionCode == region || agents.Contains(m.AgentId));
        }

        var (snapshotFrom, snapshotTo) = (new DateOnly(first / 12, first % 12 + 1, 1), new DateOnly(last / 12, last % 12 + 1, 1).AddMonths(1).AddDays(-1));
        return [
            .. await LiveAsync(filter, filter.From, snapshotFrom.AddDays(-1), agentIds, db, ct),
            .. (await stored.ToListAsync(ct)).Select(m => m.ToCell()),
            .. await LiveAsync(filter, snapshotTo.AddDays(1), filter.To, agentIds, db, ct),
        ];
    }

    /// <summary>Counted from the policies, for the expiries in [<paramref name="from"/>, <paramref name="to"/>] (none when empty).</summary>
    public static async Task<IReadOnlyList<Cell>> LiveAsync(
        KpiFilter filter, DateOnly from, DateOnly to, IReadOnlyCollection<Guid>? agentIds, ClaimsDbContext db, CancellationToken ct)
    {
        if (to < from)
        {
            return [];
        }

        var (fromDay, toDay, region) = (from.DayNumber, to.DayNumber, filter.Region);
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
