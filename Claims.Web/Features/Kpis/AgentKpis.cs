using Claims.Domain.Kpis;
using Claims.Domain.Policies;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Kpis;

/// <summary>GET /api/kpis/agents: per agent, premium written and earned, claims paid and the loss ratio over a period.</summary>
public static class AgentKpis
{
    public sealed record AgentRow(
        string AgentCode, string AgentName, string RegionCode, int Policies, decimal WrittenPremium, decimal EarnedPremium,
        int ClaimsPaid, decimal ClaimsPaidAmount, decimal? LossRatio);

    public sealed record Response(DateOnly From, DateOnly To, string? Region, IReadOnlyList<AgentRow> Agents);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/kpis/agents", Handle)
            .RequireAuthorization(Policies.Managers)
            .WithTags("KPIs")
            .WithSummary("Loss ratio by agent: claims paid against premium earned in the period (default: the last 12 months).");

    public static async Task<Results<Ok<Response>, ValidationProblem>> Handle(DateOnly? from, DateOnly? to, string? region, ClaimsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var filter = KpiFilter.Of(from, to, region, time);
        if (filter.IsBackwards)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["The period ends before it starts."] });
        }

        return TypedResults.Ok(new Response(filter.From, filter.To, filter.Region, await QueryAsync(filter, db, ct)));
    }

    /// <summary>The rows, highest loss ratio first; the dashboard composes this too.</summary>
    public static async Task<IReadOnlyList<AgentRow>> QueryAsync(KpiFilter filter, ClaimsDbContext db, CancellationToken ct)
    {
        var (start, end, regionCode) = (filter.From, filter.To, filter.Region);
        var agents = await db.Agents.AsNoTracking().Where(a => regionCode == null || a.RegionCode == regionCode).ToListAsync(ct);
        var agentIds = agents.Select(a => a.Id).ToList();
        var policies = await db.Policies.AsNoTracking()
            .Where(p => agentIds.Contains(p.AgentId) && p.Status != PolicyStatus.Cancelled && p.StartDate <= end && p.ExpiryDate >= start)
            .Select(p => new { p.Id, p.AgentId, p.Premium, p.StartDate, p.ExpiryDate }).ToListAsync(ct);
        var (fromTime, toTime) = (start.ToDateTime(TimeOnly.MinValue), end.ToDateTime(TimeOnly.MaxValue));
        var paid = await db.Claims.AsNoTracking()
            .Where(c => c.PaidAt != null && c.PaidAt >= fromTime && c.PaidAt <= toTime)
            .Join(db.Policies, c => c.PolicyId, p => p.Id, (c, p) => new { p.AgentId, c.PaidAmount })
            .ToListAsync(ct);

        var rows = agents.Select(a =>
        {
            var own = policies.Where(p => p.AgentId == a.Id).ToList();
            // Earned within the period: what the policy earned by its end less what it had earned before its start.
            var earned = own.Sum(p => Kpi.EarnedPremium(p.Premium, p.StartDate, p.ExpiryDate, end) - Kpi.EarnedPremium(p.Premium, p.StartDate, p.ExpiryDate, start.AddDays(-1)));
            var claims = paid.Where(c => c.AgentId == a.Id).ToList();
            var paidAmount = claims.Sum(c => c.PaidAmount ?? 0m);
            return new AgentRow(a.Code, a.Name, a.RegionCode, own.Count, own.Sum(p => p.Premium), earned, claims.Count, paidAmount, Kpi.LossRatio(paidAmount, earned));
        }).OrderByDescending(r => r.LossRatio ?? -1).ThenBy(r => r.AgentCode).ToList();
        return rows;
    }
}
