using Claims.Domain.Claims;
using Claims.Domain.Financials;

namespace Claims.Tests.Domain;

/// <summary>Bank accounts, average reserves at notice and the ledger lines a void writes.</summary>
public sealed class ClaimMoneyDomainTests
{
    [Theory]
    [InlineData("CN12 3456 7890 1234 567", true)]
    [InlineData("de89370400440532013000", true)]
    [InlineData("CN12 3456 7890", false)]
    [InlineData("1234 5678 9012 3456", false)]
    [InlineData("CNAB 3456 7890 1234 567", false)]
    [InlineData("CN12 3456-7890-1234-567", false)]
    [InlineData("CN12345678901234567890123456789012345", false)]
    public void BankAccount_Format_IbanLikeAccepted(string account, bool valid) =>
        Assert.Equal(valid, BankAccount.Check(account) is null);

    [Theory]
    [InlineData("CN1234567890123456", "CN12 •••• 3456")]
    [InlineData("DE89370400440532013000", "DE89 •••• 3000")]
    public void BankAccount_Mask_ShowsCountryCheckDigitsAndLastFour(string account, string masked) =>
        Assert.Equal(masked, BankAccount.Mask(account));

    [Theory]
    [InlineData(LossCause.Collision, "SH", 8_000)]
    [InlineData(LossCause.Collision, "sh", 8_000)]
    [InlineData(LossCause.Collision, "BJ", 6_000)]
    [InlineData(LossCause.Theft, "SH", 80_000)]
    public void AverageReserve_RegionOverride_ElseCauseAverage(LossCause cause, string region, decimal expected)
    {
        var byCause = new Dictionary<string, decimal> { ["Collision"] = 6_000m, ["Theft"] = 80_000m };
        var byRegion = new Dictionary<string, Dictionary<string, decimal>> { ["SH"] = new() { ["collision"] = 8_000m } };

        Assert.Equal(expected, AverageReserve.For(byCause, byRegion, cause, region));
    }

    [Fact]
    public void Ledger_PartialFinalAndVoid_BalancesSummedFromLines()
    {
        var claim = Guid.NewGuid();
        var at = new DateTime(2026, 12, 4, 8, 0, 0, DateTimeKind.Utc);
        var partial = LedgerEntry.Payment(Guid.NewGuid(), claim, CostCategory.OwnDamageRepair, 3_000m, null, false, "P-1", "partial", "adjuster", at);
        var lines = new[]
        {
            LedgerEntry.ReserveChange(Guid.NewGuid(), claim, CostCategory.OwnDamageRepair, 6_000m, "notice", "system", at),
            LedgerEntry.ReserveChange(Guid.NewGuid(), claim, CostCategory.OwnDamageRepair, 4_200m, "estimate", "system", at),
            partial,
            LedgerEntry.VoidOf(Guid.NewGuid(), partial, "wrong payee", "adjuster", at),
            LedgerEntry.Payment(Guid.NewGuid(), claim, CostCategory.OwnDamageRepair, 7_000m, null, true, "P-2", "final", "adjuster", at),
        };

        var balance = LedgerBalance.Of(lines.Select(l => l.ToTransaction()));

        // Reserve 10,200, paid 3,000 − 3,000 + 7,000 = 7,000, outstanding 3,200, incurred 10,200.
        Assert.Equal((10_200m, 7_000m, 3_200m, 10_200m), (balance.Reserve.Amount, balance.Paid.Amount, balance.Outstanding.Amount, balance.Incurred.Amount));
        Assert.Throws<InvalidOperationException>(() => LedgerEntry.VoidOf(Guid.NewGuid(), lines[0], "not a payment", "x", at));
    }

    [Theory]
    [InlineData(1_000.005, 1_000.01)]
    [InlineData(-1_000.005, -1_000.01)]
    [InlineData(250.5, 250.50)]
    public void LedgerEntry_AmountOfMoreThanTwoDecimals_StoredAsMoneyRoundedOnce(double given, double stored)
    {
        var at = new DateTime(2026, 12, 4, 8, 0, 0, DateTimeKind.Utc);
        var reserve = LedgerEntry.ReserveChange(Guid.NewGuid(), Guid.NewGuid(), CostCategory.OwnDamageRepair, (decimal)given, "estimate", "system", at);

        Assert.Equal((decimal)stored, reserve.Amount.Amount);
        Assert.Equal(reserve.Amount, reserve.ToTransaction().Amount);
    }
}
