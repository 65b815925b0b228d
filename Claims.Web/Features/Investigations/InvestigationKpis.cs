using Claims.Domain.Fraud;
using Claims.Web.Features.Kpis;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Investigations;

/// <summary>
/// GET /api/kpis/investigations: special-investigation referrals made in the period, their outcomes, the hit rate
/// (reduced + denied ÷ referred) and the savings (claimed − settled on the reduced and denied claims).
/// </summary>
public static class InvestigationKpis
{
    public sealed record Result(int Referred, int Open, int Cleared, int Reduced, int Denied, decimal? HitRate, decimal Savings);

    public sealed record Response(DateOnly From, DateOnly To, string? Region, Result Investigations);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/kpis/investigations", Handle)
            .RequireAuthorization(Policies.Managers)
            .WithTags("KPIs")
            .WithSummary("Special investigation: referrals, outcomes, hit rate and savings in the period (default: the last 12 months).");

    public static async Task<Results<Ok<Response>, ValidationProblem>> Handle(DateOnly? from, DateOnly? to, string? region, ClaimsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var filter = KpiFilter.Of(from, to, region, time);
        if (filter.Error is { } error)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [filter.IsBackwards ? "to" : "from"] = [error] });
        }

        return TypedResults.Ok(new Response(filter.From, filter.To, filter.Region, await QueryAsync(filter, db, ct)));
    }

    public static async Task<Result> QueryAsync(KpiFilter filter, ClaimsDbContext db, CancellationToken ct)
    {
        var rows = await (from i in db.Set<Investigation>().AsNoTracking()
                          join c in db.Claims on i.ClaimId equals c.Id
                          where i.ReferredAt >= filter.FromTime && i.ReferredAt <= filter.ToTime && (filter.Region == null || c.RegionCode == filter.Region)
                          select new { i.Outcome, Savings = i.Savings.Amount }).ToListAsync(ct);
        int Count(InvestigationOutcome? outcome) => rows.Count(r => r.Outcome == outcome);
        var (reduced, denied) = (Count(InvestigationOutcome.Reduce), Count(InvestigationOutcome.Deny));
        return new Result(rows.Count, Count(null), Count(InvestigationOutcome.Clear), reduced, denied,
            Investigation.HitRate(rows.Count, reduced + denied), rows.Sum(r => r.Savings));
    }
}
