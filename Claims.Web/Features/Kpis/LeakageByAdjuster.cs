using Claims.Domain.Reinspection;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Kpis;

/// <summary>Re-inspection leakage by adjuster: audits closed in the period, paid, leakage and its share.</summary>
public static class LeakageByAdjuster
{
    public sealed record Row(string Adjuster, int Audits, decimal Paid, decimal Leakage, decimal LeakageShare);

    public static async Task<IReadOnlyList<Row>> QueryAsync(KpiFilter filter, ClaimsDbContext db, CancellationToken ct)
    {
        var audits = await db.ReinspectionAudits.AsNoTracking()
            .Where(a => a.Status == AuditStatus.Closed && a.Adjuster != null && a.ClosedAt >= filter.FromTime && a.ClosedAt <= filter.ToTime
                && (filter.Region == null || a.RegionCode == filter.Region))
            .Select(a => new { Adjuster = a.Adjuster!, a.PaidAmount, a.Leakage }).ToListAsync(ct);
        return [.. audits.GroupBy(a => a.Adjuster).Select(g =>
        {
            var (paid, leakage) = (g.Sum(a => a.PaidAmount), g.Sum(a => a.Leakage ?? 0m));
            return new Row(g.Key, g.Count(), paid, leakage, paid == 0 ? 0 : Math.Round(leakage / paid, 4, MidpointRounding.AwayFromZero));
        }).OrderByDescending(r => r.Leakage).ThenBy(r => r.Adjuster)];
    }
}
