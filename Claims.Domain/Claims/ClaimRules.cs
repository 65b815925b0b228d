using Claims.Domain.Estimates;

namespace Claims.Domain.Claims;

/// <summary>Claim settings bound from configuration section <c>Claims</c>; defaults are realistic practice, not law.</summary>
public sealed class ClaimRules
{
    public const string Section = "Claims";

    /// <summary>Settlement authority (payable amount, RMB) by adjuster level.</summary>
    public Dictionary<int, decimal> AuthorityLimits { get; init; } = new() { [1] = 20_000m, [2] = 100_000m, [3] = 500_000m };

    /// <summary>Excess deducted when the policy names none.</summary>
    public decimal DefaultExcess { get; init; } = 500m;

    public EstimateRules Estimate { get; init; } = new();
}
