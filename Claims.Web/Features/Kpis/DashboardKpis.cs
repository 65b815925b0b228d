using Claims.Domain.Kpis;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Kpis;

/// <summary>Everything the managers' dashboard shows for one filter; the page and the benchmark both load it here.</summary>
public static class DashboardKpis
{
    public sealed record Data(
        IReadOnlyList<string> Regions, IReadOnlyList<AgentKpis.AgentRow> Agents, ClaimCycleTimes.Result Cycle,
        IReadOnlyList<LeakageByAdjuster.Row> Leakage, IReadOnlyList<RenewalCount> Renewals, SatisfactionResults.Result Satisfaction);

    public static async Task<Data> LoadAsync(KpiFilter filter, ClaimsDbContext db, CancellationToken ct) => new(
        await db.Regions.AsNoTracking().OrderBy(r => r.Code).Select(r => r.Code).ToListAsync(ct),
        await AgentKpis.QueryAsync(filter, db, ct),
        await ClaimCycleTimes.QueryAsync(filter, db, ct),
        await LeakageByAdjuster.QueryAsync(filter, db, ct),
        await RenewalRates.QueryAsync(filter, db, ct),
        await SatisfactionResults.QueryAsync(filter, db, ct));
}
