using Claims.Domain.Common;
using Claims.Domain.Financials;

namespace Claims.Tests.Domain;

/// <summary>Hand-computed total-loss settlements and recovery balances (DOMAIN.md, "Claim money").</summary>
public sealed class RecoveryRulesTests
{
    [Theory]
    [InlineData(2000.00, 1.00, 500.00, 1500.00)]      // 2,000 × 100 % − 500
    [InlineData(31200.00, 0.70, 1000.00, 20840.00)]   // 31,200 × 70 % = 21,840; − 1,000
    [InlineData(12345.67, 0.30, 0.00, 3703.70)]       // 12,345.67 × 30 % = 3,703.701 → 3,703.70
    [InlineData(1000.00, 0.50, 800.00, 0.00)]         // 500 − 800: never below zero
    [InlineData(90000.00, 0.00, 500.00, 0.00)]        // not at fault: our share is nothing
    public void TotalLossSettlement_ActualValueShareExcess_RoundsShareThenDeducts(double actual, double share, double excess, double expected) =>
        Assert.Equal((decimal)expected, TotalLoss.Settlement(Money.Of((decimal)actual), (decimal)share, Money.Of((decimal)excess)).Amount);

    [Theory]
    // demand 1,235.40; receipts 100 and 1,135.40: nothing open
    [InlineData(1235.40, "100.00,1135.40", null, 1235.40, 0.00, 0.00)]
    // receipt of 50, the rest written off
    [InlineData(1235.40, "50.00", 1185.40, 50.00, 1185.40, 0.00)]
    // a partial receipt leaves the rest open
    [InlineData(800.00, "300.00", null, 300.00, 0.00, 500.00)]
    public void RecoveryBalance_DemandReceiptsWriteOff_SumsWhatIsOpen(double demand, string receipts, double? writeOff, double received, double writtenOff, double open)
    {
        var claim = Guid.NewGuid();
        var at = new DateTime(2026, 12, 4, 9, 0, 0, DateTimeKind.Utc);
        var recovery = Recovery.Open(Guid.NewGuid(), claim, RecoveryKind.Subrogation, "沪B·12345 (Ping An)", "REC-1", "adjuster", at);
        var lines = new List<LedgerEntry> { LedgerEntry.ForRecovery(Guid.NewGuid(), recovery, TransactionKind.RecoveryOpened, (decimal)demand, "demand", "adjuster", at) };
        lines.AddRange(receipts.Split(',').Select(r => LedgerEntry.ForRecovery(Guid.NewGuid(), recovery, TransactionKind.RecoveryReceived, decimal.Parse(r, System.Globalization.CultureInfo.InvariantCulture), "receipt", "adjuster", at)));
        if (writeOff is { } rest)
        {
            lines.Add(LedgerEntry.ForRecovery(Guid.NewGuid(), recovery, TransactionKind.RecoveryWrittenOff, (decimal)rest, "insolvent", "adjuster", at));
        }

        var balance = RecoveryBalance.Of(lines, recovery.Id);
        var ledger = LedgerBalance.Of(lines.Select(l => l.ToTransaction()));

        Assert.Equal(((decimal)received, (decimal)writtenOff, (decimal)open), (balance.Received.Amount, balance.WrittenOff.Amount, balance.Open.Amount));
        Assert.Equal(((decimal)received, (decimal)open, -(decimal)received), (ledger.RecoveriesReceived.Amount, ledger.RecoveriesOpen.Amount, ledger.Incurred.Amount));
        Assert.NotNull(balance.CheckReceipt(balance.Open.Amount + 0.01m));
    }
}
