using System.ComponentModel.DataAnnotations;
using Claims.Domain.Estimates;

namespace Claims.Domain.Claims;

/// <summary>Claim settings bound from configuration section <c>Claims</c>; defaults are realistic practice, not law.</summary>
public sealed class ClaimRules : IValidatableObject
{
    public const string Section = "Claims";

    /// <summary>Settlement authority (payable amount, RMB) by adjuster level.</summary>
    public Dictionary<int, decimal> AuthorityLimits { get; init; } = new() { [1] = 20_000m, [2] = 100_000m, [3] = 500_000m };

    /// <summary>Excess deducted when the policy names none.</summary>
    [Range(0d, 1_000_000d)]
    public decimal DefaultExcess { get; init; } = 500m;

    public EstimateRules Estimate { get; init; } = new();

    /// <summary>
    /// Customer tiers whose claims are fast-tracked: first in the queues, and <c>claim.fastTrack</c> for the workflow
    /// (the shipped motor-claim workflow gives their survey 4 hours instead of 2 days).
    /// </summary>
    /// <remarks>Comma-separated, so that configuration replaces the list instead of appending to it; empty turns fast-tracking off.</remarks>
    public string FastTrackTiers { get; init; } = "VIP,A";

    /// <summary>The decision at notice: is a claim of a customer in this tier fast-tracked? Untiered customers are not.</summary>
    public bool IsFastTrack(string? tier) =>
        !string.IsNullOrWhiteSpace(tier)
        && FastTrackTiers.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Contains(tier.Trim(), StringComparer.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AuthorityLimits.Count == 0 || AuthorityLimits.Any(l => l.Key < 1 || l.Value < 0))
        {
            yield return new ValidationResult("needs a limit of 0 or more for each level from 1.", [nameof(AuthorityLimits)]);
        }
    }
}
