using System.ComponentModel.DataAnnotations;
using Claims.Domain.Claims;

namespace Claims.Web.Features.Financials;

/// <summary>Bound from <c>Money</c>: average reserves at notice and reserve authority (DOMAIN.md "Claim money"; practice defaults), checked at start.</summary>
public sealed class MoneyOptions : IValidatableObject
{
    public const string Section = "Money";

    /// <summary>The own-damage reserve set at notice, by loss cause; every cause needs one.</summary>
    public Dictionary<string, decimal> AverageReserves { get; set; } = new()
    {
        [nameof(LossCause.Collision)] = 6_000m, [nameof(LossCause.SingleVehicle)] = 5_000m, [nameof(LossCause.Theft)] = 80_000m,
        [nameof(LossCause.Glass)] = 1_500m, [nameof(LossCause.Flood)] = 15_000m, [nameof(LossCause.Fire)] = 40_000m,
        [nameof(LossCause.Hail)] = 8_000m, [nameof(LossCause.Vandalism)] = 3_000m, [nameof(LossCause.ThirdPartyDamage)] = 6_000m,
    };

    /// <summary>Region overrides of the averages: region code → cause → amount.</summary>
    public Dictionary<string, Dictionary<string, decimal>> RegionalAverageReserves { get; set; } = [];

    /// <summary>The largest category reserve each authority level may set (practice: adjuster 20,000, senior 100,000, head office above).</summary>
    public Dictionary<int, decimal> ReserveAuthorityLimits { get; set; } = new() { [1] = 20_000m, [2] = 100_000m, [3] = 100_000_000m };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var cause in Enum.GetNames<LossCause>().Where(c => !AverageReserves.Keys.Contains(c, StringComparer.OrdinalIgnoreCase)))
        {
            yield return new ValidationResult($"has no average reserve for the cause {cause}.", [nameof(AverageReserves)]);
        }

        var amounts = AverageReserves.Select(a => (Key: a.Key, a.Value))
            .Concat(RegionalAverageReserves.SelectMany(r => r.Value.Select(a => (Key: $"{r.Key}:{a.Key}", a.Value))));
        foreach (var (key, value) in amounts.Where(a => a.Value is <= 0m or > 100_000_000m || a.Value != decimal.Round(a.Value, 2)))
        {
            yield return new ValidationResult($"{key} must be above 0 and at most 100,000,000, with at most 2 decimals.", [nameof(AverageReserves)]);
        }

        foreach (var key in AverageReserves.Keys.Concat(RegionalAverageReserves.Values.SelectMany(r => r.Keys)).Where(k => !Enum.TryParse<LossCause>(k, true, out _)))
        {
            yield return new ValidationResult($"names an unknown cause '{key}'.", [nameof(AverageReserves)]);
        }

        if (ReserveAuthorityLimits.Count == 0 || ReserveAuthorityLimits.Any(l => l.Key < 1 || l.Value <= 0m))
        {
            yield return new ValidationResult("needs a positive limit for each level from 1.", [nameof(ReserveAuthorityLimits)]);
        }
    }
}
