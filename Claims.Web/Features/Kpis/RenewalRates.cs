using Claims.Domain.Kpis;
using Claims.Domain.Policies;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Kpis;

/// <summary>
/// Renewal rate by region and month of expiry. Until renewal offers record the outcome, RenewalCounting decides
/// from the policies alone (a successor starting the day after expiry); swap that call when offers land.
/// </summary>
public static class RenewalRates
{
    public static async Task<IReadOnlyList<RenewalCount>> QueryAsync(KpiFilter filter, ClaimsDbContext db, CancellationToken ct)
    {
        var (successorFrom, successorTo) = (filter.From.AddDays(1), filter.To.AddDays(1));
        var terms = await db.Policies.AsNoTracking()
            .Where(p => p.Status != PolicyStatus.Cancelled
                && ((p.ExpiryDate >= filter.From && p.ExpiryDate <= filter.To && (filter.Region == null || p.RegionCode == filter.Region))
                    || (p.StartDate >= successorFrom && p.StartDate <= successorTo)))
            .Select(p => new PolicyTerm(p.Id, p.PolicyholderId, p.VehicleId, p.RegionCode, p.StartDate, p.ExpiryDate))
            .ToListAsync(ct);
        // Successors may sit in any region (a move); only the filtered region's expiries count as due.
        return [.. RenewalCounting.ByRegionAndMonth(terms, filter.From, filter.To).Where(r => filter.Region == null || r.RegionCode == filter.Region)];
    }
}
