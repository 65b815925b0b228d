using Claims.Domain.Common;

namespace Claims.Domain.Financials;

/// <summary>
/// Balances derived from the ledger, never stored: outstanding = reserve − paid; incurred = paid + outstanding −
/// recoveries received (DOMAIN.md, "Claim money").
/// </summary>
public sealed record LedgerBalance(Money Reserve, Money Paid, Money RecoveriesOpen, Money RecoveriesReceived)
{
    public static readonly LedgerBalance Empty = new(Money.Zero, Money.Zero, Money.Zero, Money.Zero);

    public Money Outstanding => Reserve - Paid;

    public Money Incurred => Paid + Outstanding - RecoveriesReceived;

    public static LedgerBalance Of(IEnumerable<FinancialTransaction> ledger, CostCategory? category = null)
    {
        Money reserve = Money.Zero, paid = Money.Zero, opened = Money.Zero, received = Money.Zero, writtenOff = Money.Zero;
        foreach (var t in ledger)
        {
            if (category is { } only && t.Category != only)
            {
                continue;
            }

            switch (t.Kind)
            {
                case TransactionKind.ReserveChange: reserve += t.Amount; break;
                case TransactionKind.Payment: paid += t.Amount; break;
                case TransactionKind.PaymentVoid: paid -= t.Amount; break;
                case TransactionKind.RecoveryOpened: opened += t.Amount; break;
                case TransactionKind.RecoveryReceived: received += t.Amount; break;
                case TransactionKind.RecoveryWrittenOff: writtenOff += t.Amount; break;
            }
        }

        return new LedgerBalance(reserve, paid, (opened - received - writtenOff).AtLeastZero(), received);
    }
}
