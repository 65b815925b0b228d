using System.ComponentModel.DataAnnotations;

namespace Claims.Domain.Policies;

public enum IssueKind { HighValueVehicle, YoungDriver, ManyClaims, CommercialUse, CommissionOverCap, LargeSumInsured }

/// <summary>A reason for an underwriter to look, with the value that decides whose authority it needs.</summary>
public sealed record UnderwritingIssue(IssueKind Kind, decimal Value, string Description);

/// <summary>When the rules raise an issue; an insurer's configuration (defaults from DOMAIN.md practice).</summary>
public sealed record UnderwritingSettings
{
    public const string Section = "Underwriting";

    [Range(0d, 100_000_000d)]
    public decimal HighValueVehiclePrice { get; init; } = 500_000m;
    [Range(16, 100)]
    public int YoungDriverAge { get; init; } = 25;
    [Range(1, 100)]
    public int ManyClaimsCount { get; init; } = 3;
    [Range(0d, 100d)]
    public decimal CommissionCapPercent { get; init; } = 25m;
    [Range(0d, 100_000_000d)]
    public decimal LargeSumInsured { get; init; } = 500_000m;
}

/// <summary>The facts the rules read.</summary>
public sealed record UnderwritingFacts(
    decimal NewCarPrice, int YoungestDriverAge, int ClaimsLastFiveYears, VehicleUsage Usage, decimal CommissionPercent, decimal SumInsured);

public static class UnderwritingRules
{
    /// <summary>Values: the car's price; years under the young-driver age; the claim count; 1 commercial / 2 ride-hailing; the commission %; the sum insured.</summary>
    public static IReadOnlyList<UnderwritingIssue> Evaluate(UnderwritingFacts facts, UnderwritingSettings settings)
    {
        var issues = new List<UnderwritingIssue>();
        if (facts.NewCarPrice >= settings.HighValueVehiclePrice)
        {
            issues.Add(new(IssueKind.HighValueVehicle, facts.NewCarPrice, $"New-car price {facts.NewCarPrice:N0} is at or above {settings.HighValueVehiclePrice:N0}."));
        }

        if (facts.YoungestDriverAge < settings.YoungDriverAge)
        {
            issues.Add(new(IssueKind.YoungDriver, settings.YoungDriverAge - facts.YoungestDriverAge, $"A driver is {facts.YoungestDriverAge}, under {settings.YoungDriverAge}."));
        }

        if (facts.ClaimsLastFiveYears >= settings.ManyClaimsCount)
        {
            issues.Add(new(IssueKind.ManyClaims, facts.ClaimsLastFiveYears, $"{facts.ClaimsLastFiveYears} claims in the last five years."));
        }

        if (facts.Usage != VehicleUsage.Private)
        {
            issues.Add(new(IssueKind.CommercialUse, facts.Usage == VehicleUsage.RideHailing ? 2 : 1, $"{facts.Usage} use."));
        }

        if (facts.CommissionPercent > settings.CommissionCapPercent)
        {
            issues.Add(new(IssueKind.CommissionOverCap, facts.CommissionPercent, $"Commission {facts.CommissionPercent}% is over the {settings.CommissionCapPercent}% cap."));
        }

        if (facts.SumInsured > settings.LargeSumInsured)
        {
            issues.Add(new(IssueKind.LargeSumInsured, facts.SumInsured, $"Sum insured {facts.SumInsured:N0} is above {settings.LargeSumInsured:N0}."));
        }

        return issues;
    }
}
