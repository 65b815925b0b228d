using Claims.Domain.Customers;
using Claims.Domain.Kpis;
using Claims.Web.Infrastructure.Data;

namespace Claims.Web.Features.Kpis;

/// <summary>
/// Renewal rate by region and month of expiry, and by the policyholder's current tier, rolled up from
/// <see cref="RenewalOutcomes"/>; with a region filter only that region's policies count.
/// </summary>
public static class RenewalRates
{
    /// <summary>The label of holders without a computed tier yet.</summary>
    public const string NoTier = "none";

    public sealed record TierRow(string Tier, int Due, int Renewed)
    {
        public decimal? Rate => Kpi.RenewalRate(Renewed, Due);
    }

    public static async Task<IReadOnlyList<RenewalCount>> QueryAsync(KpiFilter filter, ClaimsDbContext db, CancellationToken ct) =>
        ByRegionAndMonth(await RenewalOutcomes.QueryAsync(filter, null, db, ct), filter);

    public static IReadOnlyList<RenewalCount> ByRegionAndMonth(IEnumerable<RenewalOutcomes.Cell> cells, KpiFilter filter) =>
        [.. InRegion(cells, filter).GroupBy(c => (c.RegionCode, c.Year, c.Month))
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Month).ThenBy(g => g.Key.RegionCode)
            .Select(g => new RenewalCount(g.Key.RegionCode, g.Key.Year, g.Key.Month, g.Sum(c => c.Due), g.Sum(c => c.Renewed)))];

    /// <summary>VIP, A, B, C (the default ranks), any other tier by name, then holders without a tier.</summary>
    public static IReadOnlyList<TierRow> ByTier(IEnumerable<RenewalOutcomes.Cell> cells, KpiFilter filter) =>
        [.. InRegion(cells, filter).GroupBy(c => c.Tier ?? NoTier)
            .OrderBy(g => TierOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TierRow(g.Key, g.Sum(c => c.Due), g.Sum(c => c.Renewed)))];

    private static IEnumerable<RenewalOutcomes.Cell> InRegion(IEnumerable<RenewalOutcomes.Cell> cells, KpiFilter filter) =>
        cells.Where(c => filter.Region == null || c.RegionCode == filter.Region);

    private static int TierOrder(string tier) =>
        tier == NoTier ? int.MaxValue : CustomerTiers.Defaults.FirstOrDefault(r => r.Tier == tier)?.Rank ?? (tier == CustomerTiers.Lowest ? 100 : 99);
}
