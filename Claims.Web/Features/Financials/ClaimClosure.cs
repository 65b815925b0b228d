using Claims.Domain.Claims;
using Claims.Domain.Common;
using Claims.Domain.Financials;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Financials;

/// <summary>The closure check's facts about one claim, with the ledger lines of this unit of work (a workflow run pays and checks before it saves).</summary>
public static class ClaimClosure
{
    public static async Task<ClosureState> StateAsync(ClaimsDbContext db, Claim claim, CancellationToken ct = default)
    {
        var stored = await ClaimLedger.LoadAsync(db, claim.Id, ct);
        var added = db.ChangeTracker.Entries<LedgerEntry>().Where(e => e.State == EntityState.Added && e.Entity.ClaimId == claim.Id).Select(e => e.Entity);
        var ledger = stored with { Entries = [.. stored.Entries, .. added] };
        var pending = await db.Set<ReserveRequest>().CountAsync(r => r.ClaimId == claim.Id && r.Status == ReserveRequestStatus.Pending, ct);
        // An approved settlement of nothing (no liability, or all within the excess) is settled without a payment.
        var settled = ledger.Settled || (claim.Totals.Payable == Money.Zero && !ledger.LivePayments.Any(p => ClaimLedger.IsIndemnity(p.Category)));
        return new ClosureState(settled, [.. Enum.GetValues<CostCategory>().Select(c => (c, ledger.Balance(c).Outstanding))], ledger.Unexported.Count(), pending);
    }
}
