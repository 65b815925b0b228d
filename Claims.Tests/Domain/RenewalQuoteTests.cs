using Claims.Domain.Common;
using Claims.Domain.Policies;
using Claims.Domain.Renewals;

namespace Claims.Tests.Domain;

public sealed class RenewalQuoteTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);
    private static readonly DateOnly RenewalStart = new(2027, 1, 1);

    private static RenewalFacts Facts(int renewalNumber, params DateOnly[] claims) => new(
        Cover.ThirdPartyLiability | Cover.OwnDamage, null, VehicleUsage.Private, "SH", 40, 15, new DateOnly(2022, 1, 1), Start, RenewalStart,
        renewalNumber, claims, 2000m, 0m, 100_000m);

    [Theory]
    [InlineData(0, 0, "ClaimFree1", 1700.00)] // New → one claim-free year: 2000 × 0.85 / 1.00
    [InlineData(1, 0, "ClaimFree2", 1647.06)] // 0.70 / 0.85
    [InlineData(3, 0, "ClaimFree4+", 1666.67)] // 0.50 / 0.60
    [InlineData(2, 1, "Claims1", 2857.14)] // a claim this year: 1.00 / 0.70 (last year: two claim-free years)
    [InlineData(2, 2, "Claims2", 3571.43)] // 1.25 / 0.70
    public void Fallback_NoVehicleModel_LastPremiumTimesNcdStepRatio(int renewalNumber, int claimsThisYear, string step, double premium)
    {
        var claims = Enumerable.Range(0, claimsThisYear).Select(i => new DateOnly(2026, 3 + i, 10)).ToArray();

        var quote = RenewalQuote.Price(null, Facts(renewalNumber, claims), new UnderwritingSettings());

        Assert.Equal(step, quote.Ncd.Key);
        Assert.Equal((decimal)premium, quote.Premium);
        Assert.Equal("last premium × NCD step ratio", quote.RatedBy);
    }

    [Fact]
    public void RenewalQuote_WithTariffAndModel_RatesOnTariffWithNewNcdStep()
    {
        var tariff = TariffTable.Create(Guid.NewGuid(), "T1", new DateOnly(2026, 1, 1));
        tariff.SetBaseRate(Cover.ThirdPartyLiability, PriceBand.From60kTo150k, 1000m);
        tariff.SetBaseRate(Cover.OwnDamage, PriceBand.From60kTo150k, 1000m);
        var facts = Facts(0) with { NewCarPrice = 120_000m };

        var quote = RenewalQuote.Price(tariff, facts, new UnderwritingSettings());

        Assert.Equal("tariff T1", quote.RatedBy);
        Assert.Equal(1700.00m, quote.Premium); // 2000 × 0.85 (ClaimFree1, practice factor), other factors absent = 1.00
        Assert.Empty(quote.Issues);
    }

    [Fact]
    public void RenewalQuote_ThreeClaimsInFiveYears_RaisesUnderwritingIssue()
    {
        var quote = RenewalQuote.Price(null, Facts(4, new(2023, 5, 1), new(2025, 5, 1), new(2026, 5, 1)), new UnderwritingSettings());

        Assert.Contains(quote.Issues, i => i.Contains("3 claims", StringComparison.Ordinal));
    }
}
