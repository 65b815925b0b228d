using Claims.Domain.Common;

namespace Claims.Domain.Policies;

/// <summary>What rating needs to know about a proposal, already reduced to numbers and keys.</summary>
public sealed record RatingInput(
    Cover Covers, PriceBand Band, VehicleUsage Usage, string RegionCode, int YoungestDriverAge, int LeastDrivingYears, int VehicleAgeYears, NcdStep Ncd);

/// <summary>
/// Premium = Σ base rates (cover × price band) × usage × region × driver age × driving experience × vehicle age × NCD,
/// computed unrounded and rounded to 2 decimals once at the end. Missing factors count as 1.00 and say so.
/// </summary>
public static class PremiumRating
{
    public static Quote Rate(TariffTable tariff, RatingInput input)
    {
        var covers = Enum.GetValues<Cover>().Where(c => c != Cover.None && (input.Covers & c) == c).ToList();
        if (covers.Count == 0)
        {
            return Quote.Failed(tariff.Version, "Choose at least one cover.");
        }

        var lines = new List<RatingLine>();
        var running = 0m;
        foreach (var cover in covers)
        {
            if (tariff.BaseRate(cover, input.Band) is not { } rate)
            {
                return Quote.Failed(tariff.Version, $"Tariff {tariff.Version} has no base rate for {cover} in band {input.Band}.");
            }

            running += rate;
            lines.Add(new RatingLine($"Base rate {cover} ({input.Band})", rate, running));
        }

        foreach (var (kind, key, fallback) in Factors(input))
        {
            var factor = tariff.Factor(kind, key) ?? fallback;
            running *= factor;
            lines.Add(new RatingLine($"{kind} {key}", factor, Money.Round(running)));
        }

        var premium = Money.Of(running).Amount;
        return new Quote(tariff.Version, premium, lines, []);
    }

    public static string DriverAgeKey(int age) => age switch { < 25 => "18-24", < 30 => "25-29", < 60 => "30-59", _ => "60+" };

    public static string ExperienceKey(int years) => years switch { < 3 => "0-2", < 6 => "3-5", _ => "6+" };

    public static string VehicleAgeKey(int years) => years switch { <= 1 => "0-1", <= 3 => "2-3", <= 6 => "4-6", _ => "7+" };

    private static IEnumerable<(string Kind, string Key, decimal Fallback)> Factors(RatingInput input) =>
    [
        (TariffFactorKinds.Usage, input.Usage.ToString(), 1m),
        (TariffFactorKinds.Region, input.RegionCode, 1m),
        (TariffFactorKinds.DriverAge, DriverAgeKey(input.YoungestDriverAge), 1m),
        (TariffFactorKinds.DriverExperience, ExperienceKey(input.LeastDrivingYears), 1m),
        (TariffFactorKinds.VehicleAge, VehicleAgeKey(input.VehicleAgeYears), 1m),
        (TariffFactorKinds.NoClaimsDiscount, input.Ncd.Key, input.Ncd.DefaultFactor),
    ];
}
