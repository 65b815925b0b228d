using System.ComponentModel.DataAnnotations;

namespace Claims.Domain.Fraud;

/// <summary>Fraud indicator weights and limits (DOMAIN.md "Evidence and fraud"; practice defaults, all configuration).</summary>
public sealed class FraudRules
{
    public const string Section = "Fraud";

    public Dictionary<FraudIndicator, int> Weights { get; init; } = new()
    {
        [FraudIndicator.EarlyLoss] = 20,
        [FraudIndicator.LateNotice] = 10,
        [FraudIndicator.NightSingleVehicle] = 15,
        [FraudIndicator.FrequentClaims] = 20,
        [FraudIndicator.SharedIdentifier] = 25,
        [FraudIndicator.UnnamedDriver] = 15,
        [FraudIndicator.DisclosureContradiction] = 20,
        [FraudIndicator.EvidenceMismatch] = 20,
        [FraudIndicator.ReusedPhoto] = 40,
    };

    /// <summary>A score at or above this refers the claim to special investigation.</summary>
    [Range(1, 1_000)]
    public int ReferralThreshold { get; init; } = 50;

    [Range(0, 3_650)]
    public int EarlyLossDays { get; init; } = 30;

    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan LateNoticeAfter { get; init; } = TimeSpan.FromHours(48);

    /// <summary>Night in the loss region's local time: from NightStarts to NightEnds (crossing midnight).</summary>
    public TimeOnly NightStarts { get; init; } = new(22, 0);

    public TimeOnly NightEnds { get; init; } = new(5, 0);

    /// <summary>Local time of the loss regions (China Standard Time).</summary>
    [Range(typeof(TimeSpan), "-14:00:00", "14:00:00")]
    public TimeSpan LocalOffset { get; init; } = TimeSpan.FromHours(8);

    [Range(1, 100)]
    public int FrequentClaimsCount { get; init; } = 3;

    /// <summary>A photo taken further than this from the reported loss time is a mismatch.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan EvidenceTimeTolerance { get; init; } = TimeSpan.FromHours(72);

    /// <summary>A photo taken further than this from the reported loss place is a mismatch.</summary>
    [Range(0d, 20_000d)]
    public double EvidenceDistanceKm { get; init; } = 50;

    public int WeightOf(FraudIndicator indicator) => Weights.TryGetValue(indicator, out var w) ? w : 0;

    public bool IsNight(DateTime lossAtUtc)
    {
        var local = TimeOnly.FromDateTime(lossAtUtc + LocalOffset);
        return NightStarts > NightEnds ? local >= NightStarts || local < NightEnds : local >= NightStarts && local < NightEnds;
    }
}
