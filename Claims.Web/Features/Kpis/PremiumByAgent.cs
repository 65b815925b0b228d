using Claims.Domain.Policies;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Kpis;

/// <summary>
/// Premium written and earned in the period per agent, aggregated in the database (decision 0015). It is
/// <c>Kpi.EarnedPremium</c> to the cent, in integers: premium in cents × elapsed days / term days, rounded half up
/// (away from zero, premiums being positive) as ⌊(2·c·e + t) / (2·t)⌋, at the period's end less at the day before it starts.
/// </summary>
public static class PremiumByAgent
{
    public sealed record Premium(int Policies, decimal Written, decimal Earned);

    /// <summary>Non-cancelled policies in force on some day of the period; <paramref name="agentIds"/> null: every agent.</summary>
    public static async Task<IReadOnlyDictionary<Guid, Premium>> QueryAsync(KpiFilter filter, IReadOnlyCollection<Guid>? agentIds, ClaimsDbContext db, CancellationToken ct)
    {
        var (fromDay, toDay) = (filter.From.DayNumber, filter.To.DayNumber);
        var policies = db.Policies.AsNoTracking().Where(p => p.Status != PolicyStatus.Cancelled && p.StartDay <= toDay && p.ExpiryDay >= fromDay);
        if (agentIds is not null)
        {
            policies = policies.Where(p => agentIds.Contains(p.AgentId));
        }

        // Overlapping the period, days elapsed by its end lie in [1, term] and days before its start in [0, term − 1]: one clamp each.
        var rows = await policies
            .Select(p => new { p.AgentId, p.PremiumCents, Term = p.ExpiryDay - p.StartDay + 1, ByEnd = toDay - p.StartDay + 1, BeforeStart = fromDay - p.StartDay })
            .Select(p => new { p.AgentId, p.PremiumCents, p.Term, ByEnd = p.ByEnd > p.Term ? p.Term : p.ByEnd, BeforeStart = p.BeforeStart < 0 ? 0 : p.BeforeStart })
            .GroupBy(p => p.AgentId)
            .Select(g => new
            {
                AgentId = g.Key,
                Policies = g.Count(),
                WrittenCents = g.Sum(p => p.PremiumCents),
                EarnedCents = g.Sum(p => (2 * p.PremiumCents * p.ByEnd + p.Term) / (2 * p.Term) - (2 * p.PremiumCents * p.BeforeStart + p.Term) / (2 * p.Term)),
            })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.AgentId, r => new Premium(r.Policies, r.WrittenCents / 100m, r.EarnedCents / 100m));
    }
}
