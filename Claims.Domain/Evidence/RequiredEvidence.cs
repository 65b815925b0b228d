using Claims.Domain.Claims;

namespace Claims.Domain.Evidence;

/// <summary>One category still short of its required count.</summary>
public sealed record MissingEvidence(EvidenceCategory Category, int Required, int Present)
{
    public string Text => Present == 0 && Required == 1 ? $"{Category}" : $"{Category}: {Present} of {Required}";
}

/// <summary>
/// What must be on a claim before its estimate is submitted, per claim type (the loss cause), with a default for every
/// type not listed. The default is DOMAIN.md's practice: at least 4 damage photos, the driving licence, the registration.
/// </summary>
public sealed class RequiredEvidence
{
    public const string DefaultType = "Default";

    /// <summary>Keyed by a <see cref="LossCause"/> name or <see cref="DefaultType"/>; a count of 0 drops a default category.</summary>
    public Dictionary<string, Dictionary<EvidenceCategory, int>> ByClaimType { get; init; } = new(StringComparer.OrdinalIgnoreCase)
    {
        [DefaultType] = new()
        {
            [EvidenceCategory.Damage] = 4,
            [EvidenceCategory.DrivingLicence] = 1,
            [EvidenceCategory.Registration] = 1,
        },
    };

    public IReadOnlyDictionary<EvidenceCategory, int> For(LossCause cause) =>
        ByClaimType.TryGetValue(cause.ToString(), out var own) ? own
        : ByClaimType.TryGetValue(DefaultType, out var fallback) ? fallback
        : new Dictionary<EvidenceCategory, int>();

    /// <summary>The categories short of their count, in category order; empty when the claim may go on.</summary>
    public IReadOnlyList<MissingEvidence> Missing(LossCause cause, IReadOnlyDictionary<EvidenceCategory, int> present) =>
        For(cause).Where(r => r.Value > 0)
            .Select(r => new MissingEvidence(r.Key, r.Value, present.TryGetValue(r.Key, out var n) ? n : 0))
            .Where(m => m.Present < m.Required)
            .OrderBy(m => m.Category)
            .ToList();
}
