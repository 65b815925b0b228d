using Claims.Domain.Policies;

namespace Claims.Tests.Domain;

public sealed class NcdStepTests
{
    [Theory]
    [InlineData(0, 0, 0, "New", 1.00)]
    [InlineData(1, 0, 1, "ClaimFree1", 0.85)]
    [InlineData(2, 0, 2, "ClaimFree2", 0.70)]
    [InlineData(3, 0, 3, "ClaimFree3", 0.60)]
    [InlineData(4, 0, 4, "ClaimFree4+", 0.50)]
    [InlineData(12, 0, 12, "ClaimFree4+", 0.50)]
    [InlineData(8, 0, 2, "ClaimFree2", 0.70)] // a claim two years ago reset the count
    [InlineData(2, 0, 7, "ClaimFree2", 0.70)] // claim-free years cannot exceed years insured
    [InlineData(6, 1, 0, "Claims1", 1.00)]
    [InlineData(6, 2, 0, "Claims2", 1.25)]
    [InlineData(6, 3, 0, "Claims3+", 1.50)]
    [InlineData(6, 5, 0, "Claims3+", 1.50)]
    public void NoClaimsDiscount_Record_PicksLadderStep(int yearsInsured, int claimsLastYear, int claimFreeYears, string key, double factor)
    {
        var step = NcdStep.For(yearsInsured, claimsLastYear, claimFreeYears);

        Assert.Equal((key, (decimal)factor), (step.Key, step.DefaultFactor));
    }

    [Fact]
    public void NoClaimsDiscount_FourClaimFreeYears_IsHalfPrice() => Assert.Equal(0.50m, NcdStep.For(4, 0, 4).DefaultFactor);

    [Theory]
    [InlineData(6, new string[0], "ClaimFree4+")]
    [InlineData(6, new[] { "2026-03-01" }, "Claims1")] // within the last year
    [InlineData(6, new[] { "2026-03-01", "2025-12-01" }, "Claims2")]
    [InlineData(6, new[] { "2024-05-01" }, "ClaimFree2")] // two whole years since
    [InlineData(0, new string[0], "New")]
    public void NoClaimsDiscount_ClaimHistory_CountsLastYearAndClaimFreeYears(int yearsInsured, string[] claims, string key) =>
        Assert.Equal(key, NcdStep.FromHistory(yearsInsured, claims.Select(DateOnly.Parse), new DateOnly(2026, 9, 1)).Key);
}
