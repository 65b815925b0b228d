using Claims.Domain.Common;

namespace Claims.Domain.Estimates;

/// <summary>One cell of a regional labour-hour standard: hours for a work type on a part position, by price band.</summary>
public sealed class LabourStandard
{
    private LabourStandard() { }

    public long Id { get; private set; }
    public string Version { get; private set; } = "";
    public string RegionCode { get; private set; } = "";
    public PriceBand Band { get; private set; }
    public string Position { get; private set; } = "";
    public WorkType WorkType { get; private set; }
    /// <summary>Standard hours; zero where the operation does not apply to the position (e.g. refinishing a lamp).</summary>
    public decimal Hours { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }

    public static LabourStandard Create(
        string version, string regionCode, PriceBand band, string position, WorkType workType, decimal hours, DateOnly effectiveFrom)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(regionCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(position);
        ArgumentOutOfRangeException.ThrowIfNegative(hours);
        return new LabourStandard
        {
            Version = version.Trim(), RegionCode = regionCode.Trim().ToUpperInvariant(), Band = band,
            Position = position.Trim().ToUpperInvariant(), WorkType = workType, Hours = Math.Round(hours, 2, MidpointRounding.AwayFromZero),
            EffectiveFrom = effectiveFrom,
        };
    }
}
