using Claims.Domain.Claims;
using Claims.Domain.Common;
using Claims.Domain.Estimates;
using Claims.Domain.Financials;
using Claims.Domain.Policies;

namespace Claims.Tests.Domain;

/// <summary>Hand-computed cases of DOMAIN.md "Claim money": depreciation, total loss, subrogation, the ledger's balances.</summary>
public sealed class ClaimFinancialsTests
{
    private static readonly DepreciationRates Rates = new();

    [Theory]
    // 15 Mar 2023 → 14 Mar 2026: 35 full months; 200,000 × 35 × 0.6 % = 42,000; 158,000
    [InlineData(200000.00, "2023-03-15", "2026-03-14", VehicleUsage.Private, 5, 35, 42000.00, false, 158000.00)]
    // one day later the 36th month is full: 200,000 × 36 × 0.6 % = 43,200; 156,800
    [InlineData(200000.00, "2023-03-15", "2026-03-15", VehicleUsage.Private, 5, 36, 43200.00, false, 156800.00)]
    // ride-hailing: 150,000 × 72 × 1.1 % = 118,800 (cap 120,000 not reached); 31,200
    [InlineData(150000.00, "2020-01-10", "2026-01-10", VehicleUsage.RideHailing, 5, 72, 118800.00, false, 31200.00)]
    // 84 months: 150,000 × 84 × 1.1 % = 138,600 > 80 % cap 120,000; 30,000
    [InlineData(150000.00, "2019-01-10", "2026-01-10", VehicleUsage.RideHailing, 5, 84, 120000.00, true, 30000.00)]
    // private 11 seats at 0.9 %; 31 Jan → 28 Feb is a full month: 100,000 × 1 × 0.9 % = 900; 99,100
    [InlineData(100000.00, "2025-01-31", "2025-02-28", VehicleUsage.Private, 11, 1, 900.00, false, 99100.00)]
    // 123,456.78 × 7 × 0.6 % = 5,185.18476 → 5,185.18; 118,271.60
    [InlineData(123456.78, "2026-01-01", "2026-08-01", VehicleUsage.Private, 5, 7, 5185.18, false, 118271.60)]
    // other commercial 0.9 %: 80,000 × 10 × 0.9 % = 7,200; 72,800
    [InlineData(80000.00, "2025-02-01", "2025-12-01", VehicleUsage.Commercial, 5, 10, 7200.00, false, 72800.00)]
    // a loss on the registration day: no depreciation
    [InlineData(90000.00, "2026-05-05", "2026-05-05", VehicleUsage.Private, 5, 0, 0.00, false, 90000.00)]
    public void ActualValue_AgeAndUse_DepreciatesMonthlyUpToCap(
        double price, string registered, string loss, VehicleUsage usage, int seats, int months, double depreciation, bool capped, double value)
    {
        var result = ActualValue.Of((decimal)price, DateOnly.Parse(registered), DateOnly.Parse(loss), usage, seats, Rates);

        Assert.Equal((months, (decimal)depreciation, capped, (decimal)value), (result.FullMonths, result.Depreciation, result.Capped, result.Value));
    }

    [Theory]
    // repair 31,200 reaches 100 % of actual 31,200: total loss; 31,200 × 100 % − 1,000 = 30,200
    [InlineData(31200.00, 31200.00, 1.00, 1.00, 1000.00, true, 31200.00, 30200.00)]
    // one cent below the threshold: repairable, nothing settled as total loss
    [InlineData(31199.99, 31200.00, 1.00, 1.00, 1000.00, false, 31200.00, 0.00)]
    // threshold 80 % of 156,800 = 125,440; repair 130,000 → total loss; × 70 % = 109,760; − 2,000 = 107,760
    [InlineData(130000.00, 156800.00, 0.80, 0.70, 2000.00, true, 125440.00, 107760.00)]
    // 12,345.67 × 70 % = 8,641.969 → 8,641.97; − 500 = 8,141.97
    [InlineData(20000.00, 12345.67, 1.00, 0.70, 500.00, true, 12345.67, 8141.97)]
    // excess above the share: never below zero
    [InlineData(1500.00, 1000.00, 1.00, 1.00, 2000.00, true, 1000.00, 0.00)]
    public void TotalLoss_EstimateAgainstActualValue_SettlesActualValueTimesShareLessExcess(
        double repair, double actual, double threshold, double share, double excess, bool totalLoss, double thresholdAmount, double payable)
    {
        var decision = TotalLoss.Decide(Money.Of((decimal)repair), Money.Of((decimal)actual), (decimal)threshold, (decimal)share, Money.Of((decimal)excess));

        Assert.Equal((totalLoss, (decimal)thresholdAmount, (decimal)payable), (decision.IsTotalLoss, decision.ThresholdAmount.Amount, decision.Payable.Amount));
    }

    [Theory]
    [InlineData(10000.00, LiabilityShare.Major, 3000.00)]    // 10,000 × (1 − 70 %) = 3,000
    [InlineData(1123.49, LiabilityShare.Minor, 786.44)]      // 1,123.49 × 70 % = 786.443 → 786.44
    [InlineData(5000.00, LiabilityShare.None, 5000.00)]      // not at fault: all of it is the other party's
    [InlineData(5000.00, LiabilityShare.Full, 0.00)]         // fully at fault: nothing to recover
    public void Subrogation_NetAndShare_PaysAndRecoversOtherPartysShare(double net, LiabilityShare liability, double expected)
    {
        var rate = new EstimateRules().ShareOf(liability);

        Assert.Equal((decimal)expected, Subrogation.OtherPartyShare(Money.Of((decimal)net), rate).Amount);
    }

    [Fact]
    public void LedgerBalance_ReservesPaymentsVoidsRecoveries_DerivesOutstandingAndIncurred()
    {
        var at = new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
        var shopPayment = Guid.NewGuid();
        var holderPayment = Guid.NewGuid();
        FinancialTransaction T(TransactionKind kind, decimal amount, CostCategory category = CostCategory.OwnDamageRepair, Guid? id = null, Guid? voids = null) =>
            new(id ?? Guid.NewGuid(), kind, category, Money.Of(amount), "test", "adjuster", at, voids);
        List<FinancialTransaction> ledger =
        [
            T(TransactionKind.ReserveChange, 8000m),                          // average reserve at notice
            T(TransactionKind.ReserveChange, 4000m),                          // revised to the estimate: 12,000
            T(TransactionKind.ReserveChange, 20000m, CostCategory.BodilyInjury),
            T(TransactionKind.Payment, 5000m, id: shopPayment),
            T(TransactionKind.Payment, 3000m, id: holderPayment),
            T(TransactionKind.PaymentVoid, 3000m, voids: holderPayment),     // wrong account, voided before export
            T(TransactionKind.Payment, 3000m),
            T(TransactionKind.RecoveryOpened, 2000m),
            T(TransactionKind.RecoveryReceived, 1500m),
        ];

        var own = LedgerBalance.Of(ledger, CostCategory.OwnDamageRepair);
        var all = LedgerBalance.Of(ledger);

        // own damage: reserve 12,000; paid 8,000; outstanding 4,000; incurred 8,000 + 4,000 − 1,500 = 10,500; 500 still open
        Assert.Equal((12000m, 8000m, 4000m, 10500m, 500m), (own.Reserve.Amount, own.Paid.Amount, own.Outstanding.Amount, own.Incurred.Amount, own.RecoveriesOpen.Amount));
        // all categories: reserve 32,000; outstanding 24,000; incurred 30,500
        Assert.Equal((32000m, 24000m, 30500m), (all.Reserve.Amount, all.Outstanding.Amount, all.Incurred.Amount));

        // closure takes the outstanding to zero: incurred is then paid − recoveries = 6,500
        ledger.Add(T(TransactionKind.ReserveChange, -own.Outstanding.Amount));
        var closed = LedgerBalance.Of(ledger, CostCategory.OwnDamageRepair);
        Assert.Equal((0m, 6500m), (closed.Outstanding.Amount, closed.Incurred.Amount));
    }

    [Theory]
    [InlineData(20000.00, 1, true, null)]
    [InlineData(20000.01, 1, false, 2)]
    [InlineData(150000.00, 1, false, 3)]
    [InlineData(100000.00, 2, true, null)]
    [InlineData(500000.00, 3, true, null)]
    public void ReserveAuthority_NewReserveAgainstLimits_WithinOrRefersToLowestCoveringLevel(double reserve, int level, bool within, int? referTo)
    {
        var limits = new Dictionary<int, decimal> { [1] = 20_000m, [2] = 100_000m, [3] = 500_000m };

        var decision = ReserveAuthority.Decide((decimal)reserve, level, limits);

        Assert.Equal((within, referTo), (decision.Within, decision.ReferTo));
    }

    [Theory]
    [InlineData(10000.00, 6000.00, 4000.00, true)]
    [InlineData(10000.00, 6000.00, 4000.01, false)]
    [InlineData(10000.00, 0.00, 0.00, false)]
    public void PaymentCheck_AgainstApprovedSettlement_RefusesAbove(double approved, double paid, double amount, bool accepted)
    {
        Assert.Equal(accepted, PaymentCheck.Check(Money.Of((decimal)approved), Money.Of((decimal)paid), Money.Of((decimal)amount)) is null);
    }
}
