using Claims.Domain.Common;

namespace Claims.Domain.Estimates;

/// <summary>The labour rate (RMB per hour) a region pays a class of repair shop.</summary>
public sealed class HourlyRate
{
    private HourlyRate() { }

    public long Id { get; private set; }
    public string Version { get; private set; } = "";
    public string RegionCode { get; private set; } = "";
    public ShopClass ShopClass { get; private set; }
    public decimal Rate { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }

    public static HourlyRate Create(string version, string regionCode, ShopClass shopClass, decimal rate, DateOnly effectiveFrom)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(regionCode);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rate);
        return new HourlyRate
        {
            Version = version.Trim(), RegionCode = regionCode.Trim().ToUpperInvariant(), ShopClass = shopClass,
            Rate = Money.Of(rate).Amount, EffectiveFrom = effectiveFrom,
        };
    }
}
