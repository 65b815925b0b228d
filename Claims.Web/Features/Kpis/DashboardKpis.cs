using Claims.Domain.Kpis;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Kpis;

/// <summary>
/// Everything the managers' dashboard shows for one filter; the page and the benchmark both load it here (decision 0015).
/// The independent aggregates run at once, each on its own context (a DbContext runs one query at a time); the renewal
/// outcomes and the closed audits are read once and rolled up for every table that needs them.
/// </summary>
public static class DashboardKpis
{
    public sealed record Data(
        IReadOnlyList<string> Regions, IReadOnlyList<AgentKpis.AgentRow> Agents, ClaimCycleTimes.Result Cycle,
        IReadOnlyList<LeakageByAdjuster.Row> Leakage, IReadOnlyList<LeakageByAdjuster.ShopRow> LeakageByShop,
        IReadOnlyList<RenewalCount> Renewals, IReadOnlyList<RenewalRates.TierRow> RenewalsByTier, SatisfactionResults.Result Satisfaction);

    public static async Task<Data> LoadAsync(KpiFilter filter, IServiceScopeFactory scopes, CancellationToken ct)
    {
        async Task<T> On<T>(Func<ClaimsDbContext, Task<T>> query)
        {
            await using var scope = scopes.CreateAsyncScope();
            return await query(scope.ServiceProvider.GetRequiredService<ClaimsDbContext>());
        }

        var agents = await On(db => AgentKpis.AgentsAsync(filter, db, ct));
        var ids = AgentKpis.AgentIds(filter, agents);
        var renewals = On(db => RenewalOutcomes.QueryAsync(filter, ids, db, ct));
        var premium = On(db => PremiumByAgent.QueryAsync(filter, ids, db, ct));
        var claims = On(db => AgentKpis.ClaimsAsync(filter, ids, db, ct));
        var cycle = On(db => ClaimCycleTimes.QueryAsync(filter, db, ct));
        var audits = On(db => LeakageByAdjuster.AuditsAsync(filter, db, ct));
        var satisfaction = On(db => SatisfactionResults.QueryAsync(filter, db, ct));
        var regions = On<IReadOnlyList<string>>(async db => await db.Regions.AsNoTracking().OrderBy(r => r.Code).Select(r => r.Code).ToListAsync(ct));
        await Task.WhenAll(renewals, premium, claims, cycle, audits, satisfaction, regions);
        return new Data(
            regions.Result, AgentKpis.Rows(agents, premium.Result, claims.Result, renewals.Result), cycle.Result,
            LeakageByAdjuster.ByAdjuster(audits.Result), LeakageByAdjuster.ByShop(audits.Result),
            RenewalRates.ByRegionAndMonth(renewals.Result, filter), RenewalRates.ByTier(renewals.Result, filter), satisfaction.Result);
    }
}
