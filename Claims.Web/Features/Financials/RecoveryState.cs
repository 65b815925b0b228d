using Claims.Domain.Claims;
using Claims.Domain.Common;
using Claims.Domain.Financials;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Financials;

/// <summary>A recovery with its claim (tracked: a new line moves its version) and the balance summed from its ledger lines.</summary>
public sealed record RecoveryState(Recovery Recovery, Claim Claim, RecoveryBalance Balance)
{
    public static async Task<RecoveryState?> LoadAsync(ClaimsDbContext db, Guid id, CancellationToken ct)
    {
        var recovery = await db.Set<Recovery>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (recovery is null)
        {
            return null;
        }

        var claim = await db.Claims.SingleAsync(c => c.Id == recovery.ClaimId, ct);
        var lines = await db.Set<LedgerEntry>().AsNoTracking().Where(e => e.RecoveryId == id).ToListAsync(ct);
        return new RecoveryState(recovery, claim, RecoveryBalance.Of(lines, id));
    }

    public static IResult NotFound(Guid id) => TypedResults.Problem($"Recovery {id} does not exist.", statusCode: StatusCodes.Status404NotFound);

    /// <summary>Nothing is left to receive or write off: refused with 409.</summary>
    public IResult? Settled() => Balance.Open > Money.Zero ? null
        : TypedResults.Problem($"Recovery {Recovery.Reference} has nothing open (received {Balance.Received:N2}, written off {Balance.WrittenOff:N2}).",
            statusCode: StatusCodes.Status409Conflict, title: "Recovery settled");

    /// <summary>Appends a receipt or write-off line and answers the recovery as it now stands.</summary>
    public async Task<IResult> AppendAsync(ClaimsDbContext db, TransactionKind kind, decimal amount, string reason, string by, DateTime now, CancellationToken ct)
    {
        db.Add(LedgerEntry.ForRecovery(Guid.CreateVersion7(), Recovery, kind, amount, reason, by, now));
        Claim.RecordLedgerChange();
        await db.SaveChangesAsync(ct);
        var balance = kind == TransactionKind.RecoveryReceived ? Balance with { Received = Balance.Received + Money.Of(amount) } : Balance with { WrittenOff = Balance.WrittenOff + Money.Of(amount) };
        return TypedResults.Ok(GetFinancials.ViewOf(Recovery, balance));
    }
}
