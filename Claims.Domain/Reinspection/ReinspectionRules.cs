namespace Claims.Domain.Reinspection;

/// <summary>Re-inspection settings bound from configuration section <c>Reinspection</c>; defaults are common practice.</summary>
public sealed class ReinspectionRules
{
    public const string Section = "Reinspection";

    /// <summary>Share of closed claims drawn at random.</summary>
    public decimal RandomShare { get; init; } = 0.05m;

    /// <summary>Paid amount (RMB) from which every claim is sampled; null switches the trigger off.</summary>
    public decimal? AmountThreshold { get; init; } = 50_000m;

    /// <summary>Sample every claim with a line that went through price verification.</summary>
    public bool SamplePriceVerified { get; init; } = true;

    /// <summary>Sample every 4S-dealer repair.</summary>
    public bool SampleFourSRepairs { get; init; } = true;

    /// <summary>An adjuster scoring below this is weak: their random share is multiplied.</summary>
    public decimal WeakScoreThreshold { get; init; } = 70m;

    public decimal WeakScoreMultiplier { get; init; } = 3m;

    /// <summary>Confirmed leakage (RMB) above which a recovery action opens.</summary>
    public decimal RecoveryThreshold { get; init; } = 1_000m;

    /// <summary>Score points lost per percentage point of leakage (k in docs/decisions/0010).</summary>
    public decimal LeakageWeight { get; init; } = 2m;

    /// <summary>Score points lost per finding per audit (m in docs/decisions/0010).</summary>
    public decimal FindingWeight { get; init; } = 5m;
}
