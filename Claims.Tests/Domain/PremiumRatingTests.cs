using Claims.Domain.Common;
using Claims.Domain.Policies;

namespace Claims.Tests.Domain;

public sealed class PremiumRatingTests
{
    public static TariffTable Tariff()
    {
        var t = TariffTable.Create(Guid.NewGuid(), "T-1", new DateOnly(2026, 1, 1));
        t.SetBaseRate(Cover.ThirdPartyLiability, PriceBand.From60kTo150k, 1_050m);
        t.SetBaseRate(Cover.OwnDamage, PriceBand.From60kTo150k, 2_400m);
        t.SetBaseRate(Cover.Theft, PriceBand.From60kTo150k, 300m);
        t.SetBaseRate(Cover.Glass, PriceBand.From60kTo150k, 150m);
        t.SetBaseRate(Cover.ThirdPartyLiability, PriceBand.Over600k, 1_500m);
        t.SetBaseRate(Cover.OwnDamage, PriceBand.Over600k, 14_000m);
        foreach (var (kind, key, value) in new[]
        {
            ("Usage", "Private", 1.00m), ("Usage", "Commercial", 1.35m), ("Usage", "RideHailing", 1.60m),
            ("Region", "SH", 1.05m), ("Region", "BJ", 1.03m), ("Region", "GD", 1.00m),
            ("DriverAge", "18-24", 1.15m), ("DriverAge", "25-29", 1.05m), ("DriverAge", "30-59", 1.00m), ("DriverAge", "60+", 1.10m),
            ("DriverExperience", "0-2", 1.10m), ("DriverExperience", "3-5", 1.05m), ("DriverExperience", "6+", 1.00m),
            ("VehicleAge", "0-1", 1.00m), ("VehicleAge", "2-3", 0.95m), ("VehicleAge", "4-6", 0.90m), ("VehicleAge", "7+", 0.85m),
            ("NoClaimsDiscount", "ClaimFree1", 0.85m), ("NoClaimsDiscount", "ClaimFree2", 0.70m),
        })
        {
            t.SetFactor(kind, key, value);
        }

        return t;
    }

    [Theory]
    // (1050+2400)=3450 ×1.00 private =3450 ×1.05 SH =3622.5 ×1.00 age 40 ×1.00 exp 20 ×0.95 car 2y =3441.375 ×0.70 NCD2 =2408.9625 → 2408.96
    [InlineData(Cover.ThirdPartyLiability | Cover.OwnDamage, PriceBand.From60kTo150k, VehicleUsage.Private, "SH", 40, 20, 2, 2, 0, 2, 2408.96)]
    // 1050 ×1.60 ride-hailing =1680 ×1.00 GD ×1.15 age 22 =1932 ×1.10 exp 1 =2125.2 ×1.00 car 0y ×1.00 new driver → 2125.20
    [InlineData(Cover.ThirdPartyLiability, PriceBand.From60kTo150k, VehicleUsage.RideHailing, "GD", 22, 1, 0, 0, 0, 0, 2125.20)]
    // (1050+2400+300+150)=3900 ×1.35 =5265 ×1.03 BJ =5422.95 ×1.05 age 27 =5694.0975 ×1.05 exp 4 =5978.802375 ×0.90 car 5y =5380.9221375 ×1.25 two claims =6726.152671875 → 6726.15
    [InlineData(Cover.ThirdPartyLiability | Cover.OwnDamage | Cover.Theft | Cover.Glass, PriceBand.From60kTo150k, VehicleUsage.Commercial, "BJ", 27, 4, 5, 5, 2, 0, 6726.15)]
    // (1500+14000)=15500 ×1.05 SH =16275 ×1.10 age 65 =17902.5 ×1.00 exp 40 ×0.85 car 8y =15217.125 ×0.50 NCD 4+ (default, not in tariff) =7608.5625 → 7608.56
    [InlineData(Cover.ThirdPartyLiability | Cover.OwnDamage, PriceBand.Over600k, VehicleUsage.Private, "SH", 65, 40, 8, 9, 0, 9, 7608.56)]
    // 2400 ×1.00 ×1.00 GD ×1.00 age 35 ×1.00 exp 10 ×1.00 car 1y ×1.50 three claims (default) =3600 → 3600.00
    [InlineData(Cover.OwnDamage, PriceBand.From60kTo150k, VehicleUsage.Private, "GD", 35, 10, 1, 5, 3, 0, 3600.00)]
    // 1050 ×1.05 SH =1102.5 ×0.95 car 3y =1047.375 ×0.85 NCD1 =890.26875 → 890.27 (rounded once, at the end)
    [InlineData(Cover.ThirdPartyLiability, PriceBand.From60kTo150k, VehicleUsage.Private, "SH", 35, 10, 3, 1, 0, 1, 890.27)]
    public void Premium_WorkedExample_MatchesHandComputation(
        Cover covers, PriceBand band, VehicleUsage usage, string region, int age, int experience, int vehicleAge,
        int yearsInsured, int claimsLastYear, int claimFreeYears, double expected)
    {
        var input = new RatingInput(covers, band, usage, region, age, experience, vehicleAge, NcdStep.For(yearsInsured, claimsLastYear, claimFreeYears));

        var quote = PremiumRating.Rate(Tariff(), input);

        Assert.True(quote.IsRated);
        Assert.Equal((decimal)expected, quote.Premium);
        Assert.Equal(Money.Round(quote.Lines[^1].Running), quote.Premium);
    }

    [Fact]
    public void Premium_Breakdown_ListsBaseRatesThenEachFactorWithRunningPremium()
    {
        var input = new RatingInput(Cover.ThirdPartyLiability | Cover.OwnDamage, PriceBand.From60kTo150k, VehicleUsage.Private, "SH", 40, 20, 2, NcdStep.For(2, 0, 2));

        var lines = PremiumRating.Rate(Tariff(), input).Lines;

        Assert.Equal(
            ["Base rate ThirdPartyLiability (From60kTo150k)", "Base rate OwnDamage (From60kTo150k)", "Usage Private", "Region SH",
             "DriverAge 30-59", "DriverExperience 6+", "VehicleAge 2-3", "NoClaimsDiscount ClaimFree2"],
            lines.Select(l => l.Name));
        Assert.Equal([1050m, 3450m, 3450m, 3622.50m, 3622.50m, 3622.50m, 3441.38m, 2408.96m], lines.Select(l => l.Running));
    }

    [Fact]
    public void Premium_CoverWithoutBaseRate_IsNotRated()
    {
        var input = new RatingInput(Cover.Glass, PriceBand.Over600k, VehicleUsage.Private, "SH", 40, 20, 2, NcdStep.New);

        var quote = PremiumRating.Rate(Tariff(), input);

        Assert.False(quote.IsRated);
        Assert.Contains("Glass", Assert.Single(quote.Errors));
    }

    [Theory]
    // 2408.96 × 1.15 = 2770.304 → 2770.30
    [InlineData(2408.96, 15, 2770.30)]
    // 890.27 × 1.125 = 1001.55375 → 1001.55
    [InlineData(890.27, 12.5, 1001.55)]
    public void Loading_OnRoundedPremium_RoundsAgain(double premium, double loading, double expected) =>
        Assert.Equal((decimal)expected, Quote.Loaded(Money.Of((decimal)premium), Percentage.Of((decimal)loading)).Amount);
}
