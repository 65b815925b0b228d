namespace Claims.Domain.Financials;

/// <summary>
/// Balances derived from the ledger, never stored: outstanding = reserve − paid; incurred = paid + outstanding −
/// recoveries received (DOMAIN.md, "Claim money").
/// </summary>
public sealed record LedgerBalance(decimal Reserve, decimal Paid, decimal RecoveriesOpen, decimal RecoveriesReceived)
{
    public static readonly LedgerBalance Empty = new(0m, 0m, 0m, 0m);

    public decimal Outstanding => Reserve - Paid;

    public decimal Incurred => Paid + Outstanding - RecoveriesReceived;

    public static LedgerBalance Of(IEnumerable<FinancialTransaction> ledger, CostCategory? category = null)
    {
        decimal reserve = 0m, paid = 0m, opened = 0m, received = 0m, writtenOff = 0m;
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

        return new LedgerBalance(reserve, paid, Math.Max(0m, opened - received - writtenOff), received);
    }
}
