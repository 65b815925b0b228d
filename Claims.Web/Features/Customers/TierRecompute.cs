using Claims.Domain.Customers;
using Claims.Domain.Policies;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Customers;

/// <summary>The nightly tier recomputation: premium in force, tenure and recent claims per policyholder, against the tier table.</summary>
public sealed class TierRecompute(IServiceScopeFactory scopes, TimeProvider time, ILogger<TierRecompute> logger) : IDailyJob
{
    public string Name => "customers.tiers";

    public TimeOnly RunAfter => new(0, 30);

    public async Task<string> RunAsync(DateOnly runDate, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var rules = await db.Set<TierRule>().AsNoTracking().ToListAsync(ct);
        var since = runDate.AddYears(-3).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        // Premiums are summed in memory: SQLite cannot aggregate decimals server-side.
        var policies = await db.Policies.AsNoTracking()
            .Where(p => p.Status != PolicyStatus.Cancelled)
            .Select(p => new { p.PolicyholderId, p.Premium, p.StartDate, p.ExpiryDate })
            .ToListAsync(ct);
        var claims = await db.Claims.AsNoTracking().Where(c => c.LossAt >= since)
            .Join(db.Policies, c => c.PolicyId, p => p.Id, (c, p) => p.PolicyholderId)
            .GroupBy(id => id).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var existing = await db.Set<CustomerTier>().ToDictionaryAsync(t => t.PolicyholderId, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var counts = new Dictionary<string, int>();
        foreach (var holder in policies.GroupBy(p => p.PolicyholderId))
        {
            var facts = new CustomerFacts(
                holder.Where(p => p.StartDate <= runDate && p.ExpiryDate >= runDate).Sum(p => p.Premium),
                Math.Max(0, (runDate.DayNumber - holder.Min(p => p.StartDate).DayNumber) / 365),
                claims.GetValueOrDefault(holder.Key));
            var tier = CustomerTiers.Classify(facts, rules);
            if (!existing.TryGetValue(holder.Key, out var row))
            {
                row = CustomerTier.For(holder.Key);
                db.Set<CustomerTier>().Add(row);
            }

            row.Apply(tier, facts, now);
            counts[tier] = counts.GetValueOrDefault(tier) + 1;
        }

        await db.SaveChangesAsync(ct);
        var summary = string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key}: {c.Value}"));
        logger.LogInformation("Customer tiers recomputed for {Date}: {Summary}", runDate, summary);
        return summary;
    }
}
