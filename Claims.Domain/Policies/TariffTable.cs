using Claims.Domain.Common;

namespace Claims.Domain.Policies;

/// <summary>One version of the rating tables: base premium by cover and price band, and factor tables by kind.</summary>
public sealed class TariffTable
{
    private readonly List<TariffBaseRate> _baseRates = [];
    private readonly List<TariffFactor> _factors = [];

    private TariffTable() { }

    public Guid Id { get; private set; }
    public string Version { get; private set; } = "";
    public DateOnly EffectiveFrom { get; private set; }
    public IReadOnlyList<TariffBaseRate> BaseRates => _baseRates;
    public IReadOnlyList<TariffFactor> Factors => _factors;

    public static TariffTable Create(Guid id, string version, DateOnly effectiveFrom)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        return new TariffTable { Id = id, Version = version.Trim(), EffectiveFrom = effectiveFrom };
    }

    public void SetBaseRate(Cover cover, PriceBand band, decimal annualPremium)
    {
        if (cover == Cover.None || !Enum.IsDefined(cover))
        {
            throw new ArgumentException("A base rate is for exactly one cover.", nameof(cover));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(annualPremium);
        _baseRates.RemoveAll(r => r.Cover == cover && r.Band == band);
        _baseRates.Add(new TariffBaseRate(cover, band, Money.Of(annualPremium).Amount));
    }

    public void SetFactor(string kind, string key, decimal value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        _factors.RemoveAll(f => f.Kind == kind && f.Key == key);
        _factors.Add(new TariffFactor(kind, key, value));
    }

    public decimal? BaseRate(Cover cover, PriceBand band) =>
        _baseRates.FirstOrDefault(r => r.Cover == cover && r.Band == band)?.AnnualPremium;

    public decimal? Factor(string kind, string key) =>
        _factors.FirstOrDefault(f => f.Kind == kind && f.Key == key)?.Value;

    /// <summary>The version in force on a date: the latest that is already effective.</summary>
    public static TariffTable? InForce(IEnumerable<TariffTable> versions, DateOnly date) =>
        versions.Where(t => t.EffectiveFrom <= date).OrderByDescending(t => t.EffectiveFrom).FirstOrDefault();
}

public sealed record TariffBaseRate(Cover Cover, PriceBand Band, decimal AnnualPremium);

/// <summary>A multiplier, e.g. kind "Usage" key "RideHailing" value 1.60.</summary>
public sealed record TariffFactor(string Kind, string Key, decimal Value);

/// <summary>Factor kinds the demo tariff fills in; the rating engine names them.</summary>
public static class TariffFactorKinds
{
    public const string Usage = nameof(Usage);
    public const string Region = nameof(Region);
    public const string DriverAge = nameof(DriverAge);
    public const string DriverExperience = nameof(DriverExperience);
    public const string VehicleAge = nameof(VehicleAge);
    public const string NoClaimsDiscount = nameof(NoClaimsDiscount);
}
