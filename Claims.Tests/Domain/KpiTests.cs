using Claims.Domain.Kpis;

namespace Claims.Tests.Domain;

public sealed class KpiTests
{
    [Theory]
    // premium, start, expiry, as of → earned: premium × elapsed days / term days (both ends inclusive)
    [InlineData(3650, "2026-01-01", "2026-12-31", "2026-01-10", 100)]     // 3650 × 10 / 365
    [InlineData(3650, "2026-01-01", "2026-12-31", "2025-12-31", 0)]       // not started
    [InlineData(3650, "2026-01-01", "2026-12-31", "2027-03-01", 3650)]    // fully earned
    [InlineData(1000, "2026-01-01", "2026-12-31", "2026-07-01", 498.63)]  // Jan–Jun 181 days + 1 July = 182; 1000 × 182 / 365 = 498.630…
    public void EarnedPremium_ByDaysElapsed_IsProRata(decimal premium, string start, string expiry, string asOf, decimal expected) =>
        Assert.Equal(expected, Kpi.EarnedPremium(premium, DateOnly.Parse(start), DateOnly.Parse(expiry), DateOnly.Parse(asOf)));

    [Theory]
    [InlineData(6500, 10000, 0.65)]
    [InlineData(0, 10000, 0)]
    [InlineData(12345.67, 9876.54, 1.25)]  // 1.2499… rounds to 4 places: 1.2500
    public void LossRatio_PaidOverEarned_RoundsToFourPlaces(decimal paid, decimal earned, decimal expected) =>
        Assert.Equal(expected, Kpi.LossRatio(paid, earned));

    [Fact]
    public void LossRatio_NothingEarned_IsUnknown() => Assert.Null(Kpi.LossRatio(500m, 0m));

    [Theory]
    [InlineData(new[] { 5, 5, 5 }, 100)]
    [InlineData(new[] { 1, 1 }, 0)]
    [InlineData(new[] { 4, 3, 5, 4 }, 75)]     // mean 4 → (4 − 1) / 4 × 100
    [InlineData(new[] { 5, 4, 4 }, 83.3)]      // mean 4.333… → 83.33… → 83.3
    public void SatisfactionScore_FivePointScale_ConvertsToHundred(int[] answers, decimal expected) =>
        Assert.Equal(expected, Kpi.SatisfactionScore(answers));

    [Fact]
    public void SatisfactionScore_AnswerOffTheScale_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Kpi.SatisfactionScore([6]));

    [Theory]
    [InlineData(45, 60, 0.75)]
    [InlineData(0, 0, null)]
    public void RenewalRate_RenewedOverDue(int renewed, int due, double? expected) =>
        Assert.Equal(expected is null ? null : (decimal)expected.Value, Kpi.RenewalRate(renewed, due));
}
