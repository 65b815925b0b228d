using Claims.Domain.Common;

namespace Claims.Domain.Financials;

/// <summary>Where a recovery comes from: the buyer of a total loss's wreck, or the liable party under subrogation.</summary>
public enum RecoveryKind { Salvage, Subrogation }

/// <summary>
/// A recovery of one claim (DOMAIN.md, "Claim money"): the demand, its receipts and write-off are ledger lines naming it;
/// what is still open is summed from them, never stored.
/// </summary>
public sealed class Recovery
{
    private Recovery() { }

    public Guid Id { get; private set; }
    public Guid ClaimId { get; private set; }
    public RecoveryKind Kind { get; private set; }
    /// <summary>The salvage buyer or the liable party (with their insurer).</summary>
    public string Party { get; private set; } = "";
    public string Reference { get; private set; } = "";
    public string OpenedBy { get; private set; } = "";
    public DateTime OpenedAt { get; private set; }

    public static Recovery Open(Guid id, Guid claimId, RecoveryKind kind, string party, string reference, string by, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(party);
        return new Recovery { Id = id, ClaimId = claimId, Kind = kind, Party = party.Trim(), Reference = reference, OpenedBy = by, OpenedAt = now };
    }
}

/// <summary>A recovery's amounts summed from its ledger lines: demanded, received, written off and what is still open.</summary>
public sealed record RecoveryBalance(Money Demanded, Money Received, Money WrittenOff)
{
    public Money Open => Demanded - Received - WrittenOff;

    public static RecoveryBalance Of(IEnumerable<LedgerEntry> lines, Guid recoveryId)
    {
        var mine = lines.Where(l => l.RecoveryId == recoveryId).ToList();
        Money Sum(TransactionKind kind) => Money.Sum(mine.Where(l => l.Kind == kind).Select(l => l.Amount));
        return new RecoveryBalance(Sum(TransactionKind.RecoveryOpened), Sum(TransactionKind.RecoveryReceived), Sum(TransactionKind.RecoveryWrittenOff));
    }

    /// <summary>Why a receipt is refused, or null when it fits what is still open.</summary>
    public string? CheckReceipt(decimal amount) =>
        amount <= 0m ? "A receipt is an amount above 0."
        : amount > Open.Amount ? $"This receipt of {amount:N2} is above the {Open:N2} still open on the recovery."
        : null;
}
