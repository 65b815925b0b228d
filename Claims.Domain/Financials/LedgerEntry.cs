using Claims.Domain.Common;

namespace Claims.Domain.Financials;

/// <summary>
/// One stored line of a claim's append-only ledger (table FinancialTransactions): written once, never updated or deleted;
/// every balance is summed from these.
/// </summary>
public sealed class LedgerEntry
{
    private LedgerEntry() { }

    public Guid Id { get; private set; }
    public Guid ClaimId { get; private set; }
    public TransactionKind Kind { get; private set; }
    public CostCategory Category { get; private set; }
    /// <summary>The one amount of the line: a reserve change's delta (may be negative), a payment's or void's sum.</summary>
    public Money Amount { get; private set; }
    public string Reason { get; private set; } = "";
    public string By { get; private set; } = "";
    public DateTime At { get; private set; }
    /// <summary>The payment a void cancels.</summary>
    public Guid? Voids { get; private set; }
    public Guid? PayeeId { get; private set; }
    /// <summary>A final payment: nothing more is expected in its category, whose outstanding reserve closes with it.</summary>
    public bool Final { get; private set; }
    public string? Reference { get; private set; }
    /// <summary>The recovery a demand, receipt or write-off belongs to.</summary>
    public Guid? RecoveryId { get; private set; }

    public static LedgerEntry ReserveChange(Guid id, Guid claimId, CostCategory category, decimal delta, string reason, string by, DateTime at) =>
        new() { Id = id, ClaimId = claimId, Kind = TransactionKind.ReserveChange, Category = category, Amount = Money.Of(delta), Reason = reason, By = by, At = at };

    public static LedgerEntry Payment(Guid id, Guid claimId, CostCategory category, decimal amount, Guid? payeeId, bool final, string reference, string reason, string by, DateTime at)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        return new()
        {
            Id = id, ClaimId = claimId, Kind = TransactionKind.Payment, Category = category, Amount = Money.Of(amount), PayeeId = payeeId, Final = final,
            Reference = reference, Reason = reason, By = by, At = at,
        };
    }

    public static LedgerEntry VoidOf(Guid id, LedgerEntry payment, string reason, string by, DateTime at)
    {
        if (payment.Kind != TransactionKind.Payment)
        {
            throw new InvalidOperationException("Only a payment is voided.");
        }

        return new()
        {
            Id = id, ClaimId = payment.ClaimId, Kind = TransactionKind.PaymentVoid, Category = payment.Category, Amount = payment.Amount, Voids = payment.Id,
            PayeeId = payment.PayeeId, Reference = payment.Reference, Reason = reason, By = by, At = at,
        };
    }

    /// <summary>A recovery line: the demand (RecoveryOpened), a receipt or a write-off of what is still open.</summary>
    public static LedgerEntry ForRecovery(Guid id, Recovery recovery, TransactionKind kind, decimal amount, string reason, string by, DateTime at)
    {
        if (kind is not (TransactionKind.RecoveryOpened or TransactionKind.RecoveryReceived or TransactionKind.RecoveryWrittenOff))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a recovery line.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        return new()
        {
            Id = id, ClaimId = recovery.ClaimId, Kind = kind, Category = CostCategory.OwnDamageRepair, Amount = Money.Of(amount), RecoveryId = recovery.Id,
            Reference = recovery.Reference, Reason = reason, By = by, At = at,
        };
    }

    public FinancialTransaction ToTransaction() => new(Id, Kind, Category, Amount, Reason, By, At, Voids);
}
