using Claims.Domain.Claims;
using Claims.Domain.Estimates;

namespace Claims.Tests.Domain;

/// <summary>Estimate arithmetic against hand-worked examples; each row shows the hand computation.</summary>
public sealed class EstimateCalculatorTests
{
    private static readonly EstimateRules Rules = EstimateRules.Default;

    [Theory]
    [InlineData(1, 800.00, false, 800.00)]     // 800 × 1.00 = 800.00 (no discount below 3 panels)
    [InlineData(2, 800.00, false, 1600.00)]    // 1,600 × 1.00 = 1,600.00
    [InlineData(3, 800.00, false, 2160.00)]    // 2,400 × 0.90 = 2,160.00
    [InlineData(4, 800.00, false, 2720.00)]    // 3,200 × 0.85 = 2,720.00
    [InlineData(5, 800.00, false, 3200.00)]    // 4,000 × 0.80 = 3,200.00
    [InlineData(6, 800.00, false, 3600.00)]    // 4,800 × 0.75 = 3,600.00
    [InlineData(7, 800.00, false, 3920.00)]    // 5,600 × 0.70 = 3,920.00
    [InlineData(9, 800.00, false, 5040.00)]    // 7,200 × 0.70 = 5,040.00 (7+ stays at −30%)
    [InlineData(1, 1000.00, true, 1100.00)]    // 1,000 × 1.00 × 1.10 = 1,100.00
    [InlineData(3, 733.33, true, 2177.99)]     // 2,199.99 × 0.90 × 1.10 = 2,199.99 × 0.99 = 2,177.9901 → 2,177.99
    [InlineData(4, 555.55, true, 2077.76)]     // 2,222.20 × 0.85 × 1.10 = 2,222.20 × 0.935 = 2,077.757 → 2,077.76
    public void PaintTotal_PanelCountAndFinish_FollowsLadder(int panels, double panelPrice, bool pearl, double expected)
    {
        var lines = Enumerable.Range(0, panels).Select(i => EstimateLine.Paint($"PANEL_{i}", (decimal)panelPrice, (decimal)panelPrice)).ToList();

        var totals = EstimateCalculator.Calculate(lines, pearl, 0m, LiabilityShare.Full, 0m, Rules);

        Assert.Equal((decimal)expected, totals.Paint.Amount);
        Assert.Equal(totals.Paint, totals.Gross);
    }

    [Theory]
    // parts 1,200 × 2 = 2,400; labour 3.5 h × 120 = 420; gross 2,820; − salvage 200 = 2,620; × 100% = 2,620; − 500 = 2,120
    [InlineData(1200.00, 2, 3.5, 120.00, 200.00, LiabilityShare.Full, 500.00, 2820.00, 2620.00, 2620.00, 2120.00)]
    // parts 333.33 × 3 = 999.99; labour 1.3 × 95 = 123.50; gross 1,123.49; net 1,123.49; × 70% = 786.443 → 786.44; − 0
    [InlineData(333.33, 3, 1.3, 95.00, 0.00, LiabilityShare.Major, 0.00, 1123.49, 1123.49, 786.44, 786.44)]
    // parts 1,000.01; labour 0.5 × 150 = 75; gross 1,075.01; − 0.01 = 1,075.00; × 50% = 537.50; − 500 = 37.50
    [InlineData(1000.01, 1, 0.5, 150.00, 0.01, LiabilityShare.Equal, 500.00, 1075.01, 1075.00, 537.50, 37.50)]
    // parts 2,000; labour 2 × 120 = 240; gross 2,240; − 100 = 2,140; × 30% = 642.00; − 700 = −58 → 0
    [InlineData(2000.00, 1, 2.0, 120.00, 100.00, LiabilityShare.Minor, 700.00, 2240.00, 2140.00, 642.00, 0.00)]
    // parts 4,000; labour 10 × 100 = 1,000; gross 5,000; net 5,000; × 0% = 0; − 500 → 0 (all recovered from the other insurer)
    [InlineData(4000.00, 1, 10.0, 100.00, 0.00, LiabilityShare.None, 500.00, 5000.00, 5000.00, 0.00, 0.00)]
    // parts 19.99 × 3 = 59.97; labour 1.15 × 98.70 = 113.505 → 113.51 (per line); gross 173.48; × 70% = 121.436 → 121.44
    [InlineData(19.99, 3, 1.15, 98.70, 0.00, LiabilityShare.Major, 0.00, 173.48, 173.48, 121.44, 121.44)]
    // parts 1,000.01; labour 1 × 0.00; gross 1,000.01; × 50% = 500.005 → 500.01 (half away from zero)
    [InlineData(1000.01, 1, 1.0, 0.00, 0.00, LiabilityShare.Equal, 0.00, 1000.01, 1000.01, 500.01, 500.01)]
    public void Totals_PartsLabourSalvageShareExcess_RoundPerLineAndStep(
        double unitPrice, int quantity, double hours, double rate, double salvage, LiabilityShare liability, double excess,
        double gross, double net, double share, double payable)
    {
        EstimateLine[] lines =
        [
            EstimateLine.Part("P-1", "Part", "BUMPER_FRONT", PriceChannel.FourS, quantity, (decimal)unitPrice, (decimal)unitPrice),
            EstimateLine.Labour("BUMPER_FRONT", WorkType.Replace, (decimal)hours, (decimal)rate, (decimal)hours),
        ];

        var totals = EstimateCalculator.Calculate(lines, false, (decimal)salvage, liability, (decimal)excess, Rules);

        Assert.Equal(
            ((decimal)gross, (decimal)net, (decimal)share, (decimal)payable),
            (totals.Gross.Amount, totals.Net.Amount, totals.Share.Amount, totals.Payable.Amount));
    }

    [Fact]
    public void Totals_PartsLabourAndDiscountedPaint_AddUpInOrder()
    {
        // parts 1,500 + 200 × 2 = 1,900; labour (1.5 + 3.0) × 150 = 675; paint 3 × 600 = 1,800 × 0.90 = 1,620
        // gross 4,195; − salvage 150 = 4,045; × 70% = 2,831.50; − 500 = 2,331.50
        EstimateLine[] lines =
        [
            EstimateLine.Part("A", "Bumper", "BUMPER_FRONT", PriceChannel.FourS, 1, 1500m, 1500m),
            EstimateLine.Part("B", "Bracket", "BUMPER_FRONT_BRKT_L", PriceChannel.Oem, 2, 200m, 200m),
            EstimateLine.Labour("BUMPER_FRONT", WorkType.Replace, 1.5m, 150m, 1.5m),
            EstimateLine.Labour("FENDER_FRONT_L", WorkType.Repair, 3.0m, 150m, 3.0m),
            EstimateLine.Paint("BUMPER_FRONT", 600m, 600m),
            EstimateLine.Paint("FENDER_FRONT_L", 600m, 600m),
            EstimateLine.Paint("BONNET", 600m, 600m),
        ];

        var t = EstimateCalculator.Calculate(lines, false, 150m, LiabilityShare.Major, 500m, Rules);

        Assert.Equal((1900m, 675m, 1620m, 4195m, 4045m, 2831.50m, 2331.50m), (t.Parts.Amount, t.Labour.Amount, t.Paint.Amount, t.Gross.Amount, t.Net.Amount, t.Share.Amount, t.Payable.Amount));
    }

    [Theory]
    [InlineData(1500.00, 6.0, 150.00, 300.00, true)]    // 6 × 150 = 900 + paint 300 = 1,200 ≥ 0.80 × 1,500 = 1,200 → replace
    [InlineData(1500.00, 6.0, 150.00, 299.00, false)]   // 900 + 299 = 1,199 < 1,200 → repair
    [InlineData(1400.00, 10.0, 120.00, 0.00, true)]     // 10 × 120 = 1,200 ≥ 0.80 × 1,400 = 1,120 → replace
    [InlineData(5000.00, 4.0, 150.00, 500.00, false)]   // 600 + 500 = 1,100 < 4,000 → repair
    public void RepairOrReplace_RepairCostAgainstEightyPercent_Flags(double partPrice, double hours, double rate, double paint, bool flagged)
    {
        var lines = new List<EstimateLine> { EstimateLine.Labour("BUMPER_FRONT", WorkType.Repair, (decimal)hours, (decimal)rate, (decimal)hours, (decimal)partPrice) };
        if (paint > 0)
        {
            lines.Add(EstimateLine.Paint("BUMPER_FRONT", (decimal)paint, (decimal)paint));
        }

        var flags = RepairOrReplace.Check(lines, Rules.RepairReplaceThreshold);

        Assert.Equal(flagged, flags.Any(f => f.Position == "BUMPER_FRONT"));
    }

    [Fact]
    public void RepairOrReplace_NoCataloguePrice_NotFlagged() =>
        Assert.Empty(RepairOrReplace.Check([EstimateLine.Labour("X", WorkType.Repair, 50m, 150m, 50m)], 0.8m));
}
