using Claims.Domain.Kpis;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Kpis;

/// <summary>
/// GET /api/kpis/agents: the agent scorecard over a period — premium written and earned, claims paid and the loss ratio,
/// the renewal rate of the policies that expired in the period, and disclosure quality: the claims reported in the
/// period whose survey facts contradict the agent's attested disclosure, and their rate per 100 claims.
/// </summary>
public static class AgentKpis
{
    public sealed record AgentRow(
        string AgentCode, string AgentName, string RegionCode, int Policies, decimal WrittenPremium, decimal EarnedPremium,
        int ClaimsPaid, decimal ClaimsPaidAmount, decimal? LossRatio, int RenewalsDue, int Renewed, decimal? RenewalRate,
        int ClaimsReported, int ContradictedClaims, decimal? ContradictionsPer100Claims);

    public sealed record Response(DateOnly From, DateOnly To, string? Region, IReadOnlyList<AgentRow> Agents);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/kpis/agents", Handle)
            .RequireAuthorization(Policies.Managers)
            .WithTags("KPIs")
            .WithSummary("Agent scorecard: loss ratio, renewal rate and disclosure contradictions in the period (default: the last 12 months).");

    public static async Task<Results<Ok<Response>, ValidationProblem>> Handle(DateOnly? from, DateOnly? to, string? region, ClaimsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var filter = KpiFilter.Of(from, to, region, time);
        if (filter.Error is { } error)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [filter.IsBackwards ? "to" : "from"] = [error] });
        }

        return TypedResults.Ok(new Response(filter.From, filter.To, filter.Region, await QueryAsync(filter, db, ct)));
    }

    /// <summary>The rows alone, with their own renewal query; the dashboard shares one with its renewal tables.</summary>
    public static async Task<IReadOnlyList<AgentRow>> QueryAsync(KpiFilter filter, ClaimsDbContext db, CancellationToken ct)
    {
        var agents = await AgentsAsync(filter, db, ct);
        return await QueryAsync(filter, agents, await RenewalOutcomes.QueryAsync(filter, AgentIds(filter, agents), db, ct), db, ct);
    }

    public sealed record AgentRef(Guid Id, string Code, string Name, string RegionCode);

    public static async Task<IReadOnlyList<AgentRef>> AgentsAsync(KpiFilter filter, ClaimsDbContext db, CancellationToken ct) =>
        await db.Agents.AsNoTracking().Where(a => filter.Region == null || a.RegionCode == filter.Region)
            .Select(a => new AgentRef(a.Id, a.Code, a.Name, a.RegionCode)).ToListAsync(ct);

    /// <summary>The agents to restrict to: all (null) without a region.</summary>
    public static IReadOnlyCollection<Guid>? AgentIds(KpiFilter filter, IReadOnlyList<AgentRef> agents) =>
        filter.Region is null ? null : [.. agents.Select(a => a.Id)];

    /// <summary>Highest loss ratio first.</summary>
    public static async Task<IReadOnlyList<AgentRow>> QueryAsync(
        KpiFilter filter, IReadOnlyList<AgentRef> agents, IReadOnlyList<RenewalOutcomes.Cell> renewals, ClaimsDbContext db, CancellationToken ct)
    {
        var ids = AgentIds(filter, agents);
        return Rows(agents, await PremiumByAgent.QueryAsync(filter, ids, db, ct), await ClaimsAsync(filter, ids, db, ct), renewals);
    }

    /// <summary>The scorecard from its parts, highest loss ratio first; an agent with nothing in the period has zeros.</summary>
    public static IReadOnlyList<AgentRow> Rows(
        IReadOnlyList<AgentRef> agents, IReadOnlyDictionary<Guid, PremiumByAgent.Premium> premium, IReadOnlyDictionary<Guid, AgentClaims> claims,
        IReadOnlyList<RenewalOutcomes.Cell> renewals)
    {
        var due = renewals.GroupBy(c => c.AgentId).ToDictionary(g => g.Key, g => (Due: g.Sum(c => c.Due), Renewed: g.Sum(c => c.Renewed)));
        return [.. agents.Select(a =>
        {
            var p = premium.GetValueOrDefault(a.Id) ?? new PremiumByAgent.Premium(0, 0, 0);
            var c = claims.GetValueOrDefault(a.Id) ?? new AgentClaims(0, 0, 0, 0);
            var r = due.GetValueOrDefault(a.Id);
            return new AgentRow(a.Code, a.Name, a.RegionCode, p.Policies, p.Written, p.Earned, c.Paid, c.PaidAmount, Kpi.LossRatio(c.PaidAmount, p.Earned),
                r.Due, r.Renewed, Kpi.RenewalRate(r.Renewed, r.Due), c.Reported, c.Contradicted, Kpi.PerHundred(c.Contradicted, c.Reported));
        }).OrderByDescending(r => r.LossRatio ?? -1).ThenBy(r => r.AgentCode)];
    }

    public sealed record AgentClaims(int Paid, decimal PaidAmount, int Reported, int Contradicted);

    /// <summary>Claims paid in the period (count and amount) and reported in it (count and contradicted), per agent: two covering index ranges.</summary>
    public static async Task<IReadOnlyDictionary<Guid, AgentClaims>> ClaimsAsync(KpiFilter filter, IReadOnlyCollection<Guid>? ids, ClaimsDbContext db, CancellationToken ct)
    {
        var (from, to) = (filter.FromTime, filter.ToTime);
        var (paid, reported) = (db.Claims.AsNoTracking().Where(c => c.PaidAt >= from && c.PaidAt <= to), db.Claims.AsNoTracking().Where(c => c.ReportedAt >= from && c.ReportedAt <= to));
        if (ids is not null)
        {
            (paid, reported) = (paid.Where(c => ids.Contains(c.AgentId)), reported.Where(c => ids.Contains(c.AgentId)));
        }

        var paidRows = await paid.GroupBy(c => c.AgentId).Select(g => new { g.Key, Count = g.Count(), Amount = g.Sum(c => c.PaidAmount ?? 0m) }).ToDictionaryAsync(r => r.Key, ct);
        var reportedRows = await reported.GroupBy(c => c.AgentId)
            .Select(g => new { g.Key, Count = g.Count(), Contradicted = g.Sum(c => c.DisclosureContradictions > 0 ? 1 : 0) }).ToDictionaryAsync(r => r.Key, ct);
        return paidRows.Keys.Union(reportedRows.Keys).ToDictionary(id => id, id => new AgentClaims(
            paidRows.GetValueOrDefault(id)?.Count ?? 0, paidRows.GetValueOrDefault(id)?.Amount ?? 0m,
            reportedRows.GetValueOrDefault(id)?.Count ?? 0, reportedRows.GetValueOrDefault(id)?.Contradicted ?? 0));
    }
}
