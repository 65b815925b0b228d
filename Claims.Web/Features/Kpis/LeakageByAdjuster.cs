using Claims.Domain.Estimates;
using Claims.Domain.Reinspection;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Kpis;

/// <summary>Re-inspection leakage over the audits closed in the period: by adjuster, and by repair shop and shop class.</summary>
public static class LeakageByAdjuster
{
    public sealed record Row(string Adjuster, int Audits, decimal Paid, decimal Leakage, decimal LeakageShare);

    public sealed record ShopRow(string Shop, ShopClass ShopClass, int Audits, decimal Paid, decimal Leakage, decimal LeakageShare);

    /// <summary>What an audit contributes; a few thousand a year, so they are grouped in memory.</summary>
    public sealed record ClosedAudit(string? Adjuster, string Shop, ShopClass ShopClass, decimal Paid, decimal Leakage);

    public static async Task<IReadOnlyList<ClosedAudit>> AuditsAsync(KpiFilter filter, ClaimsDbContext db, CancellationToken ct) =>
        await db.ReinspectionAudits.AsNoTracking()
            .Where(a => a.Status == AuditStatus.Closed && a.ClosedAt >= filter.FromTime && a.ClosedAt <= filter.ToTime
                && (filter.Region == null || a.RegionCode == filter.Region))
            .Select(a => new ClosedAudit(a.Adjuster, a.ShopName, a.ShopClass, a.PaidAmount, a.Leakage ?? 0m)).ToListAsync(ct);

    public static async Task<IReadOnlyList<Row>> QueryAsync(KpiFilter filter, ClaimsDbContext db, CancellationToken ct) => ByAdjuster(await AuditsAsync(filter, db, ct));

    public static IReadOnlyList<Row> ByAdjuster(IEnumerable<ClosedAudit> audits) =>
        [.. Summarise(audits.Where(a => a.Adjuster != null), a => a.Adjuster!, (key, n, paid, leakage, share) => new Row(key, n, paid, leakage, share))];

    /// <summary>The claim's repair shop as the adjuster entered it (copied to the audit at sampling), with its class.</summary>
    public static IReadOnlyList<ShopRow> ByShop(IEnumerable<ClosedAudit> audits) =>
        [.. Summarise(audits, a => (a.Shop, a.ShopClass), (key, n, paid, leakage, share) => new ShopRow(key.Shop, key.ShopClass, n, paid, leakage, share))];

    /// <summary>Largest leakage first.</summary>
    private static IEnumerable<TRow> Summarise<TKey, TRow>(IEnumerable<ClosedAudit> audits, Func<ClosedAudit, TKey> key, Func<TKey, int, decimal, decimal, decimal, TRow> row)
        where TKey : notnull =>
        audits.GroupBy(key).Select(g =>
        {
            var (paid, leakage) = (g.Sum(a => a.Paid), g.Sum(a => a.Leakage));
            return (Leakage: leakage, Key: g.Key.ToString(), Row: row(g.Key, g.Count(), paid, leakage, paid == 0 ? 0 : Math.Round(leakage / paid, 4, MidpointRounding.AwayFromZero)));
        }).OrderByDescending(r => r.Leakage).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Row);
}
