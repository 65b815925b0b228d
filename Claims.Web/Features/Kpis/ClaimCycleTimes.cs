using Claims.Domain.Kpis;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Kpis;

/// <summary>Claim cycle time, notice to payment, for the claims paid in the period (by loss region).</summary>
public static class ClaimCycleTimes
{
    public sealed record Result(int Claims, decimal? MedianDays, IReadOnlyList<CycleBucket> Buckets);

    public static async Task<Result> QueryAsync(KpiFilter filter, ClaimsDbContext db, CancellationToken ct)
    {
        var paid = await db.Claims.AsNoTracking()
            .Where(c => c.PaidAt != null && c.PaidAt >= filter.FromTime && c.PaidAt <= filter.ToTime && (filter.Region == null || c.RegionCode == filter.Region))
            .Select(c => new { c.ReportedAt, PaidAt = c.PaidAt!.Value }).ToListAsync(ct);
        var days = paid.Select(c => CycleTime.Days(c.ReportedAt, c.PaidAt)).ToList();
        return new Result(days.Count, CycleTime.Median(days), CycleTime.Histogram(days));
    }
}
