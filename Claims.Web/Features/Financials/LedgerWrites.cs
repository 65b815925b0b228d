using Claims.Domain.Claims;
using Claims.Domain.Financials;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Financials;

/// <summary>The ledger's writes that the API and the workflow share; each appends lines and moves the claim's version.</summary>
public static class LedgerWrites
{
    public const string System = "system";

    /// <summary>A category's reserve now: the stored lines plus those added in this unit of work.</summary>
    public static async Task<decimal> ReserveAsync(ClaimsDbContext db, Guid claimId, CostCategory category, CancellationToken ct = default)
    {
        var stored = await db.Set<LedgerEntry>().AsNoTracking()
            .Where(e => e.ClaimId == claimId && e.Category == category && e.Kind == TransactionKind.ReserveChange).Select(e => e.Amount.Amount).ToListAsync(ct);
        var added = db.ChangeTracker.Entries<LedgerEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)
            .Where(e => e.ClaimId == claimId && e.Category == category && e.Kind == TransactionKind.ReserveChange).Sum(e => e.Amount.Amount);
        return stored.Sum() + added;
    }

    /// <summary>Moves a category's reserve to <paramref name="target"/> by one change line (none when it is there already).</summary>
    public static async Task<decimal> SetReserveAsync(ClaimsDbContext db, Claim claim, CostCategory category, decimal target, string reason, string by, DateTime now, CancellationToken ct = default)
    {
        var delta = target - await ReserveAsync(db, claim.Id, category, ct);
        if (delta != 0m)
        {
            db.Add(LedgerEntry.ReserveChange(Guid.CreateVersion7(), claim.Id, category, delta, reason, by, now));
            claim.RecordLedgerChange();
        }

        return delta;
    }

    /// <summary>The reserve at notice: the configured average for the cause in the loss region, own-damage repair.</summary>
    public static void SetInitialReserve(ClaimsDbContext db, Claim claim, MoneyOptions options, DateTime now)
    {
        if (AverageReserve.For(options.AverageReserves, options.RegionalAverageReserves, claim.Cause, claim.RegionCode) is { } average)
        {
            db.Add(LedgerEntry.ReserveChange(Guid.CreateVersion7(), claim.Id, CostCategory.OwnDamageRepair, average,
                $"Initial reserve at notice: the average for {claim.Cause} in {claim.RegionCode}", System, now));
        }
    }

    /// <summary>Closes every category's outstanding reserve to zero (reserve = paid), as closure does.</summary>
    public static async Task CloseOutstandingAsync(ClaimsDbContext db, Claim claim, string reason, DateTime now, CancellationToken ct = default)
    {
        var ledger = await ClaimLedger.LoadAsync(db, claim.Id, ct);
        var added = db.ChangeTracker.Entries<LedgerEntry>().Where(e => e.State == EntityState.Added && e.Entity.ClaimId == claim.Id).Select(e => e.Entity);
        var all = ledger.Entries.Concat(added).Select(e => e.ToTransaction()).ToList();
        foreach (var category in Enum.GetValues<CostCategory>())
        {
            var outstanding = LedgerBalance.Of(all, category).Outstanding.Amount;
            if (outstanding != 0m)
            {
                db.Add(LedgerEntry.ReserveChange(Guid.CreateVersion7(), claim.Id, category, -outstanding, reason, System, now));
                claim.RecordLedgerChange();
            }
        }
    }
}
