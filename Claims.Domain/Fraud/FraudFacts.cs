using Claims.Domain.Claims;

namespace Claims.Domain.Fraud;

public enum FraudIndicator
{
    EarlyLoss, LateNotice, NightSingleVehicle, FrequentClaims, SharedIdentifier, UnnamedDriver, DisclosureContradiction, EvidenceMismatch, ReusedPhoto,
}

/// <summary>A phone, bank account, VIN or repair shop this claim shares with an unrelated policyholder's claim.</summary>
public sealed record SharedIdentifier(string Kind, string Value, string OtherClaimNumber);

/// <summary>A photo's EXIF time and place; either may be missing.</summary>
public sealed record PhotoFacts(string Name, DateTime? TakenAtUtc, double? Latitude, double? Longitude);

/// <summary>Everything the indicators look at, gathered by the caller at notice, on evidence, on the estimate.</summary>
public sealed record FraudFacts(
    DateOnly PolicyStart,
    DateOnly? LastCoverIncrease,
    DateTime LossAtUtc,
    DateTime ReportedAtUtc,
    LossCause Cause,
    int ThirdPartyCount,
    int ClaimsInLast12Months,
    bool? DriverNamedOnPolicy,
    IReadOnlyList<string> DisclosureContradictions,
    IReadOnlyList<SharedIdentifier> SharedIdentifiers,
    double? LossLatitude,
    double? LossLongitude,
    IReadOnlyList<PhotoFacts> Photos,
    IReadOnlyList<string> ReusedPhotoClaims);
