using Claims.Domain.Claims;
using Claims.Domain.Financials;
using Claims.Domain.Kpis;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Kpis;

/// <summary>
/// GET /api/kpis/claim-money: the loss ratio on incurred (paid + outstanding − recoveries received, from the ledger up to the
/// period's end) of the claims lost in the period over the premium earned in it, by agent, the agent's region and loss month;
/// reserve adequacy (final paid ÷ first reserve) of the claims closed in the period by adjuster and cause; and today's
/// outstanding reserves of open claims by age band. Sums run in the database (decision 0015); rows are rolled up here.
/// </summary>
public static class ClaimMoneyKpis
{
    /// <summary>Months of the period (its last ones) that get a row of their own; each costs one premium query.</summary>
    public const int MaxMonths = 24;

    public sealed record LossRatioRow(string Key, string Name, decimal Paid, decimal Outstanding, decimal RecoveriesReceived, decimal Incurred, decimal EarnedPremium, decimal? LossRatio);

    public sealed record AdequacyRow(string Key, int Claims, decimal FirstReserve, decimal FinalPaid, decimal? Adequacy);

    public sealed record AgeRow(string Band, int FromDays, int? ToDays, int Claims, decimal Outstanding);

    public sealed record Response(
        DateOnly From, DateOnly To, string? Region, LossRatioRow Total, IReadOnlyList<LossRatioRow> ByAgent, IReadOnlyList<LossRatioRow> ByRegion,
        IReadOnlyList<LossRatioRow> ByMonth, IReadOnlyList<AdequacyRow> AdequacyByAdjuster, IReadOnlyList<AdequacyRow> AdequacyByCause,
        DateOnly AgedOn, IReadOnlyList<AgeRow> OutstandingByAge);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/kpis/claim-money", Handle)
            .RequireAuthorization(Policies.Managers)
            .WithTags("KPIs")
            .WithSummary("Loss ratio on incurred by agent, region and month; reserve adequacy by adjuster and cause; outstanding reserves by age (default: the last 12 months).");

    public static async Task<Results<Ok<Response>, ValidationProblem>> Handle(DateOnly? from, DateOnly? to, string? region, ClaimsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var filter = KpiFilter.Of(from, to, region, time);
        if (filter.Error is { } error)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [filter.IsBackwards ? "to" : "from"] = [error] });
        }

        return TypedResults.Ok(await QueryAsync(filter, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), db, ct));
    }

    public static async Task<Response> QueryAsync(KpiFilter filter, DateOnly today, ClaimsDbContext db, CancellationToken ct)
    {
        var agents = await AgentKpis.AgentsAsync(filter, db, ct);
        var ids = AgentKpis.AgentIds(filter, agents);
        var incurred = await IncurredAsync(filter, ids, db, ct);
        var earned = (await PremiumByAgent.QueryAsync(filter, ids, db, ct)).ToDictionary(p => p.Key, p => p.Value.Earned);
        var byAgent = agents.Select(a => Row(a.Code, a.Name, incurred.Where(c => c.AgentId == a.Id), earned.GetValueOrDefault(a.Id)))
            .OrderByDescending(r => r.LossRatio ?? -1).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        var regionOf = agents.ToDictionary(a => a.Id, a => a.RegionCode);
        var byRegion = agents.GroupBy(a => a.RegionCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, g.Key, incurred.Where(c => regionOf.GetValueOrDefault(c.AgentId) == g.Key), g.Sum(a => earned.GetValueOrDefault(a.Id)))).ToList();
        var byMonth = new List<LossRatioRow>();
        foreach (var (start, end) in Months(filter))
        {
            var monthEarned = (await PremiumByAgent.QueryAsync(filter with { From = start, To = end }, ids, db, ct)).Values.Sum(p => p.Earned);
            byMonth.Add(Row($"{start:yyyy-MM}", $"{start:MMMM yyyy}", incurred.Where(c => c.Year == start.Year && c.Month == start.Month), monthEarned));
        }

        var closed = await ClosedAsync(filter, db, ct);
        return new Response(
            filter.From, filter.To, filter.Region, Row("all", "All agents", incurred, earned.Values.Sum()), byAgent, byRegion, byMonth,
            Adequacy(closed, c => c.Adjuster ?? "(unassigned)"), Adequacy(closed, c => c.Cause.ToString()), today, await OutstandingByAgeAsync(filter, today, db, ct));
    }

    /// <summary>Ledger sums of one agent's claims lost in one month, per transaction kind.</summary>
    public sealed record IncurredCell(Guid AgentId, int Year, int Month, TransactionKind Kind, decimal Amount);

    public static async Task<IReadOnlyList<IncurredCell>> IncurredAsync(KpiFilter filter, IReadOnlyCollection<Guid>? agentIds, ClaimsDbContext db, CancellationToken ct)
    {
        var claims = db.Claims.AsNoTracking().Where(c => c.LossAt >= filter.FromTime && c.LossAt <= filter.ToTime);
        if (agentIds is not null)
        {
            claims = claims.Where(c => agentIds.Contains(c.AgentId));
        }

        var end = filter.ToTime;
        return await (from e in db.Set<LedgerEntry>().AsNoTracking()
                      join c in claims on e.ClaimId equals c.Id
                      where e.At <= end
                      group e.Amount.Amount by new { c.AgentId, c.LossAt.Year, c.LossAt.Month, e.Kind } into g
                      select new IncurredCell(g.Key.AgentId, g.Key.Year, g.Key.Month, g.Key.Kind, g.Sum()))
            .ToListAsync(ct);
    }

    public static LossRatioRow Row(string key, string name, IEnumerable<IncurredCell> cells, decimal earned)
    {
        var sums = cells.GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Sum(c => c.Amount));
        decimal Of(TransactionKind kind) => sums.GetValueOrDefault(kind);
        var (reserve, paid, received) = (Of(TransactionKind.ReserveChange), Of(TransactionKind.Payment) - Of(TransactionKind.PaymentVoid), Of(TransactionKind.RecoveryReceived));
        var incurred = MoneyKpis.Incurred(reserve, paid, received);
        return new LossRatioRow(key, name, paid, reserve - paid, received, incurred, earned, Kpi.LossRatio(incurred, earned));
    }

    /// <summary>The calendar months of the period (clipped to it), the last <see cref="MaxMonths"/> only.</summary>
    public static IEnumerable<(DateOnly Start, DateOnly End)> Months(KpiFilter filter)
    {
        var first = new DateOnly(filter.From.Year, filter.From.Month, 1);
        var last = new DateOnly(filter.To.Year, filter.To.Month, 1);
        var count = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
        for (var m = Math.Max(0, count - MaxMonths); m < count; m++)
        {
            var start = first.AddMonths(m);
            var end = start.AddMonths(1).AddDays(-1);
            yield return (start < filter.From ? filter.From : start, end > filter.To ? filter.To : end);
        }
    }

    /// <summary>A claim closed in the period: who adjusted it, its cause, its first reserve and what it finally paid.</summary>
    public sealed record ClosedClaim(Guid Id, string? Adjuster, LossCause Cause, decimal FirstReserve, decimal FinalPaid);

    public static async Task<IReadOnlyList<ClosedClaim>> ClosedAsync(KpiFilter filter, ClaimsDbContext db, CancellationToken ct)
    {
        var closed = db.Claims.AsNoTracking().Where(c => c.Status == ClaimStatus.Closed && c.ClosedAt >= filter.FromTime && c.ClosedAt <= filter.ToTime
            && (filter.Region == null || c.RegionCode == filter.Region));
        var ledger = db.Set<LedgerEntry>().AsNoTracking();
        // The first reserve: the reserve lines of the claim's earliest reserve moment (the average set at notice).
        var first = await (from e in ledger
                           join c in closed on e.ClaimId equals c.Id
                           where e.Kind == TransactionKind.ReserveChange
                               && e.At == ledger.Where(o => o.ClaimId == e.ClaimId && o.Kind == TransactionKind.ReserveChange).Min(o => o.At)
                           group e.Amount.Amount by e.ClaimId into g
                           select new { ClaimId = g.Key, Amount = g.Sum() }).ToDictionaryAsync(r => r.ClaimId, r => r.Amount, ct);
        var paid = await (from e in ledger
                          join c in closed on e.ClaimId equals c.Id
                          where e.Kind == TransactionKind.Payment || e.Kind == TransactionKind.PaymentVoid
                          group e.Amount.Amount by new { e.ClaimId, e.Kind } into g
                          select new { g.Key.ClaimId, g.Key.Kind, Amount = g.Sum() }).ToListAsync(ct);
        var finalPaid = paid.GroupBy(p => p.ClaimId).ToDictionary(g => g.Key, g => g.Sum(p => p.Kind == TransactionKind.Payment ? p.Amount : -p.Amount));
        return (await closed.Select(c => new { c.Id, c.AssignedAdjuster, c.Cause }).ToListAsync(ct))
            .Select(c => new ClosedClaim(c.Id, c.AssignedAdjuster, c.Cause, first.GetValueOrDefault(c.Id), finalPaid.GetValueOrDefault(c.Id))).ToList();
    }

    /// <summary>Σ final paid ÷ Σ first reserve per group (weighted by the reserves), lowest adequacy first.</summary>
    public static IReadOnlyList<AdequacyRow> Adequacy(IEnumerable<ClosedClaim> claims, Func<ClosedClaim, string> key) =>
        [.. claims.GroupBy(key).Select(g =>
        {
            var (reserve, paid) = (g.Sum(c => c.FirstReserve), g.Sum(c => c.FinalPaid));
            return new AdequacyRow(g.Key, g.Count(), reserve, paid, MoneyKpis.ReserveAdequacy(paid, reserve));
        }).OrderBy(r => r.Adequacy ?? decimal.MaxValue).ThenBy(r => r.Key, StringComparer.Ordinal)];

    /// <summary>Open claims' outstanding reserves (reserve − paid, all of the ledger) by days since notice on <paramref name="today"/>; every band, empty ones too.</summary>
    public static async Task<IReadOnlyList<AgeRow>> OutstandingByAgeAsync(KpiFilter filter, DateOnly today, ClaimsDbContext db, CancellationToken ct)
    {
        var open = db.Claims.AsNoTracking().Where(c => c.Status != ClaimStatus.Closed && c.Status != ClaimStatus.Rejected
            && (filter.Region == null || c.RegionCode == filter.Region));
        var sums = await (from e in db.Set<LedgerEntry>().AsNoTracking()
                          join c in open on e.ClaimId equals c.Id
                          where e.Kind == TransactionKind.ReserveChange || e.Kind == TransactionKind.Payment || e.Kind == TransactionKind.PaymentVoid
                          group e.Amount.Amount by new { e.ClaimId, c.ReportedAt, e.Kind } into g
                          select new { g.Key.ClaimId, g.Key.ReportedAt, g.Key.Kind, Amount = g.Sum() }).ToListAsync(ct);
        var perClaim = sums.GroupBy(s => (s.ClaimId, s.ReportedAt))
            .Select(g => (Band: MoneyKpis.BandOf(DateOnly.FromDateTime(g.Key.ReportedAt), today),
                Outstanding: g.Sum(s => s.Kind == TransactionKind.Payment ? -s.Amount : s.Amount)))
            .Where(c => c.Outstanding != 0m).ToList();
        return [.. MoneyKpis.AgeBands.Select(b => new AgeRow(b.Label, b.From, b.To, perClaim.Count(c => c.Band == b), perClaim.Where(c => c.Band == b).Sum(c => c.Outstanding)))];
    }
}
