using Claims.Domain.Common;

namespace Claims.Domain.Financials;

/// <summary>What a ledger line does to the claim's money.</summary>
public enum TransactionKind
{
    /// <summary>Sets or changes the case reserve of a category by Amount (may be negative).</summary>
    ReserveChange,
    Payment,
    /// <summary>Cancels an unexported payment (Voids names it); Amount repeats the payment's.</summary>
    PaymentVoid,
    /// <summary>A recovery expected from a liable party or a salvage buyer; does not reduce incurred until received.</summary>
    RecoveryOpened,
    RecoveryReceived,
    RecoveryWrittenOff,
}

/// <summary>One line of a claim's append-only financial ledger: never updated, never deleted.</summary>
public sealed record FinancialTransaction(
    Guid Id, TransactionKind Kind, CostCategory Category, Money Amount, string Reason, string By, DateTime At, Guid? Voids = null);
