using System.ComponentModel.DataAnnotations;
using Claims.Domain.Financials;

namespace Claims.Web.Features.Financials;

/// <summary>Bound from <c>TotalLoss</c>: the total-loss threshold and the depreciation rates of the actual value (DOMAIN.md "Claim money"), checked at start.</summary>
public sealed class TotalLossOptions : IValidatableObject
{
    public const string Section = "TotalLoss";

    /// <summary>A repair estimate (gross) reaching this share of the actual value is a total loss (the clause's default: 100 %).</summary>
    public decimal Threshold { get; set; } = 1.00m;

    public DepreciationRates Depreciation { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Threshold is <= 0m or > 2m)
        {
            yield return new ValidationResult("Threshold must be above 0 and at most 2 (a share of the actual value).", [nameof(Threshold)]);
        }

        var d = Depreciation;
        if (new[] { d.Private, d.PrivateTenSeatsOrMore, d.RideHailing, d.Commercial }.Any(r => r is < 0m or > 0.1m) || d.Cap is <= 0m or > 1m)
        {
            yield return new ValidationResult("Depreciation rates are monthly shares from 0 to 0.1 and Cap a share above 0 and at most 1.", [nameof(Depreciation)]);
        }
    }
}
