using Claims.Domain.Reinspection;

namespace Claims.Tests.Domain;

/// <summary>The scorecard score: 100 − 2 × leakage% − 5 × findings per audit, clamped 0..100 (docs/decisions/0010).</summary>
public sealed class ScoreFormulaTests
{
    private static readonly ReinspectionRules Rules = new();

    [Theory]
    [InlineData(4, 100_000, 0, 0, 100.0)]        // clean: 100 − 0 − 0
    [InlineData(4, 100_000, 5_000, 4, 85.0)]     // 5% → −10; 4 / 4 = 1 per audit → −5: 100 − 10 − 5 = 85
    [InlineData(2, 20_000, 2_000, 5, 67.5)]      // 10% → −20; 5 / 2 = 2.5 → −12.5: 67.5 (weak: below 70)
    [InlineData(3, 30_000, 1_000, 1, 91.7)]      // 3.333…% → −6.667; 1/3 → −1.667: 91.667 → 91.7
    [InlineData(1, 10_000, 6_000, 6, 0.0)]       // 60% → −120; clamped to 0
    [InlineData(2, 10_000, -500, 1, 97.5)]       // an underpayment does not add points: 100 − 0 − 2.5
    public void Score_AuditFigures_FollowsFormula(int audits, double paid, double leakage, int findings, double expected) =>
        Assert.Equal((decimal)expected, ScoreFormula.Score(audits, (decimal)paid, (decimal)leakage, findings, Rules));

    [Fact]
    public void Score_NoAudits_IsNull() => Assert.Null(ScoreFormula.Score(0, 0m, 0m, 0, Rules));

    [Fact]
    public void Card_TwoMonths_CountsCategoriesAndTrend()
    {
        AuditResult[] audits =
        [
            new(new DateTime(2026, 9, 3), 10_000m, 1_000m, [FindingCategory.PriceAboveCatalogue, FindingCategory.PaintOverCount]),
            new(new DateTime(2026, 9, 20), 10_000m, 0m, []),
            new(new DateTime(2026, 10, 5), 5_000m, 500m, [FindingCategory.PriceAboveCatalogue]),
        ];

        var card = ScoreFormula.Card(audits, Rules);

        Assert.Equal((3, 25_000m, 1_500m, 0.06m), (card.Audits, card.Paid, card.Leakage, card.LeakageShare));
        Assert.Equal(2, card.FindingsByCategory[FindingCategory.PriceAboveCatalogue]);
        // September: 1,000 / 20,000 = 5% → −10; 2 findings / 2 audits → −5: 85. October: 10% → −20; 1 → −5: 75.
        Assert.Equal([(2026, 9, 85m), (2026, 10, 75m)], card.Trend.Select(t => (t.Year, t.Month, t.Score)));
        // Overall: 6% → −12; 3 / 3 → −5: 83.
        Assert.Equal(83m, card.Score);
    }
}
