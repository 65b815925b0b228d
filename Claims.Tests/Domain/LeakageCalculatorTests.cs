using Claims.Domain.Claims;
using Claims.Domain.Estimates;
using Claims.Domain.Reinspection;

namespace Claims.Tests.Domain;

/// <summary>Line variance and leakage (paid − should have been paid) on hand-worked examples.</summary>
public sealed class LeakageCalculatorTests
{
    private static readonly EstimateRules Rules = EstimateRules.Default;

    [Theory]
    // Part 1,000 + labour 4 h × 100 = 1,400 gross; excess 500.
    // Full liability: paid 1,400 − 500 = 900. Audit: part 800, 3 h → 800 + 300 = 1,100 − 500 = 600. Leakage 900 − 600 = 300; variances 200, 100.
    [InlineData("price-and-hours", "Full", 900.00, 600.00, 300.00, "200,100")]
    // Major liability (70%): paid 1,400 × 0.7 − 500 = 480. Audit 1,100 × 0.7 − 500 = 270. Leakage 210 (variances still 200, 100).
    [InlineData("price-and-hours", "Major", 480.00, 270.00, 210.00, "200,100")]
    // Three panels at 500: 1,500 × 0.90 (ladder) = 1,350 − 500 = 850 paid. One panel removed (PaintOverCount): 2 × 500 = 1,000 × 1.00
    // − 500 = 500. Leakage 350, though the line variance is 500: the removed panel also lost the ladder discount.
    [InlineData("paint-over-count", "Full", 850.00, 500.00, 350.00, "0,0,500")]
    // Part 1,000 + labour 400 = 1,400, salvage 0 → paid 900. Salvage 300 missing: 1,400 − 300 = 1,100 − 500 = 600. Leakage 300, no line variance.
    [InlineData("missing-salvage", "Full", 900.00, 600.00, 300.00, "0,0")]
    // Audit raises labour to 5 h: 1,000 + 500 = 1,500 − 500 = 1,000. Underpaid: leakage 900 − 1,000 = −100; variance −100.
    [InlineData("underpaid", "Full", 900.00, 1000.00, -100.00, "0,-100")]
    public void Leakage_HandWorkedAudit_MatchesHandComputation(string scenario, string liability, double paid, double shouldHave, double leakage, string variances)
    {
        var (original, audited, auditedSalvage) = Scenario(scenario);
        var share = Enum.Parse<LiabilityShare>(liability);
        var paidAmount = EstimateCalculator.Calculate(original, false, 0m, share, 500m, Rules).Payable.Amount;

        var result = LeakageCalculator.Compute(original, audited, false, 0m, auditedSalvage, share, 500m, paidAmount, Rules);

        Assert.Equal((decimal)paid, result.Paid);
        Assert.Equal((decimal)shouldHave, result.ShouldHavePaid);
        Assert.Equal((decimal)leakage, result.Leakage);
        Assert.Equal(variances, string.Join(',', result.Lines.Select(l => l.Variance.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void Leakage_ShareOfPaid_RoundedToFourPlaces()
    {
        var (original, audited, _) = Scenario("price-and-hours");

        var result = LeakageCalculator.Compute(original, audited, false, 0m, 0m, LiabilityShare.Full, 500m, 900m, Rules);

        Assert.Equal(0.3333m, result.Share); // 300 / 900
    }

    [Fact]
    public void ReEstimate_ChangedLineWithoutFinding_Refused()
    {
        var (original, _, _) = Scenario("price-and-hours");

        var result = ReEstimate.Apply(original, [new LineRevision(0, null, 800m, null, false, null, null), new LineRevision(1, null, null, 3m, false, FindingCategory.LabourAboveStandard, null)], 0m, 300m, null);

        Assert.Equal(["lines[0].finding", "salvageFinding"], result.Errors.Keys.Order());
    }

    [Fact]
    public void ReEstimate_RevisedLines_AuditedAmountsAndFindings()
    {
        var (original, _, _) = Scenario("price-and-hours");

        var result = ReEstimate.Apply(original, [new LineRevision(0, null, 800m, null, false, FindingCategory.PriceAboveCatalogue, "Catalogue 800")], 0m, 0m, null);

        Assert.True(result.IsValid);
        Assert.Equal([(800m, true, FindingCategory.PriceAboveCatalogue as FindingCategory?), (400m, false, null)],
            result.Lines.Select(l => (l.AuditedAmount, l.Changed, l.Finding)));
    }

    private static (List<EstimateLine> Original, List<EstimateLine?> Audited, decimal AuditedSalvage) Scenario(string name)
    {
        var part = EstimateLine.Part("P-1", "Bumper", "BUMPER_FRONT", PriceChannel.FourS, 1, 1_000m, 800m);
        var labour = EstimateLine.Labour("BUMPER_FRONT", WorkType.Replace, 4m, 100m, 3m);
        switch (name)
        {
            case "price-and-hours":
                return ([part, labour], [part.Revise(1, 800m, 0m), labour.Revise(1, 100m, 3m)], 0m);
            case "paint-over-count":
                var panels = new List<EstimateLine> { EstimateLine.Paint("BONNET", 500m, 500m), EstimateLine.Paint("WING_L", 500m, 500m), EstimateLine.Paint("DOOR_FL", 500m, 500m) };
                return (panels, [panels[0], panels[1], null], 0m);
            case "missing-salvage":
                return ([part, labour], [part, labour], 300m);
            default:
                return ([part, labour], [part, labour.Revise(1, 100m, 5m)], 0m);
        }
    }
}
