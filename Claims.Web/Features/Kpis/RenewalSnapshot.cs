using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Features.Kpis;

/// <summary>One cell of the nightly renewal snapshot: an agent's due and renewed policies of one region and tier, for one month of expiry.</summary>
public sealed class RenewalMonth
{
    private RenewalMonth() { }

    public int Id { get; private set; }
    /// <summary>Year × 12 + month − 1, so that months compare as integers.</summary>
    public int MonthKey { get; private set; }
    public Guid AgentId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public string? Tier { get; private set; }
    public int Due { get; private set; }
    public int Renewed { get; private set; }

    public static int KeyOf(int year, int month) => year * 12 + month - 1;

    public static RenewalMonth Of(RenewalOutcomes.Cell c) => new()
    {
        MonthKey = KeyOf(c.Year, c.Month), AgentId = c.AgentId, RegionCode = c.RegionCode, Tier = c.Tier, Due = c.Due, Renewed = c.Renewed,
    };

    public RenewalOutcomes.Cell ToCell() => new(AgentId, RegionCode, MonthKey / 12, MonthKey % 12 + 1, Tier, Due, Renewed);
}

/// <summary>The months the renewal snapshot holds (both inclusive) and when it was computed; no row: never computed.</summary>
public sealed class RenewalSnapshotRange
{
    private RenewalSnapshotRange() { }

    public const string Key = "renewals";

    public string Name { get; private set; } = Key;
    public int FirstMonthKey { get; private set; }
    public int LastMonthKey { get; private set; }
    public DateTime ComputedAt { get; private set; }

    public static RenewalSnapshotRange Create() => new();

    public void Cover(int first, int last, DateTime now) => (FirstMonthKey, LastMonthKey, ComputedAt) = (first, last, now);
}

/// <summary>
/// The nightly renewal snapshot (decision 0015): the live renewal query over the closed months of the last three
/// years, stored per agent, region, tier and month, so that the dashboard computes live only the months not closed yet.
/// A late change to a closed month (a renewal issued in the grace period) shows after the next night's run.
/// </summary>
public sealed class RenewalSnapshotJob(IServiceScopeFactory scopes, TimeProvider time) : IDailyJob
{
    public string Name => "kpis.renewal-snapshot";

    /// <summary>After the tier recomputation (00:30): the cells carry last night's tiers.</summary>
    public TimeOnly RunAfter => new(1, 0);

    public async Task<string> RunAsync(DateOnly runDate, CancellationToken ct)
    {
        var firstDay = new DateOnly(runDate.Year, runDate.Month, 1).AddYears(-3);
        var lastDay = new DateOnly(runDate.Year, runDate.Month, 1).AddDays(-1);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var cells = await RenewalOutcomes.LiveAsync(new KpiFilter(firstDay, lastDay, null), firstDay, lastDay, null, db, ct);
        // One transaction, replayable as a whole under SQL Server's retrying execution strategy.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Set<RenewalMonth>().ExecuteDeleteAsync(ct);
            await db.InsertManyAsync([.. cells.Select(RenewalMonth.Of)], ct);
            var range = await db.Set<RenewalSnapshotRange>().SingleOrDefaultAsync(r => r.Name == RenewalSnapshotRange.Key, ct);
            if (range is null)
            {
                range = RenewalSnapshotRange.Create();
                db.Add(range);
            }

            range.Cover(RenewalMonth.KeyOf(firstDay.Year, firstDay.Month), RenewalMonth.KeyOf(lastDay.Year, lastDay.Month), time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        });
        return $"{cells.Count} cells, {firstDay:yyyy-MM} to {lastDay:yyyy-MM}, {cells.Sum(c => c.Due)} due";
    }
}
