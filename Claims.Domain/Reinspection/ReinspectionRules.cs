using System.ComponentModel.DataAnnotations;

namespace Claims.Domain.Reinspection;

/// <summary>Re-inspection settings bound from configuration section <c>Reinspection</c>; defaults are common practice.</summary>
public sealed class ReinspectionRules
{
    public const string Section = "Reinspection";

    /// <summary>Share of closed claims drawn at random.</summary>
    [Range(0d, 1d)]
    public decimal RandomShare { get; init; } = 0.05m;

    /// <summary>Paid amount (RMB) from which every claim is sampled; null switches the trigger off.</summary>
    [Range(0d, 100_000_000d)]
    public decimal? AmountThreshold { get; init; } = 50_000m;

    /// <summary>Sample every claim with a line that went through price verification.</summary>
    public bool SamplePriceVerified { get; init; } = true;

    /// <summary>Sample every 4S-dealer repair.</summary>
    public bool SampleFourSRepairs { get; init; } = true;

    /// <summary>An adjuster scoring below this is weak: their random share is multiplied.</summary>
    [Range(0d, 100d)]
    public decimal WeakScoreThreshold { get; init; } = 70m;

    [Range(1d, 100d)]
    public decimal WeakScoreMultiplier { get; init; } = 3m;

    /// <summary>Confirmed leakage (RMB) above which a recovery action opens.</summary>
    [Range(0d, 100_000_000d)]
    public decimal RecoveryThreshold { get; init; } = 1_000m;

    /// <summary>Score points lost per percentage point of leakage (k in docs/decisions/0010).</summary>
    [Range(0d, 100d)]
    public decimal LeakageWeight { get; init; } = 2m;

    /// <summary>Score points lost per finding per audit (m in docs/decisions/0010).</summary>
    [Range(0d, 100d)]
    public decimal FindingWeight { get; init; } = 5m;
}
