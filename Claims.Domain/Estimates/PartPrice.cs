using Claims.Domain.Common;

namespace Claims.Domain.Estimates;

/// <summary>One row of the parts price catalogue: a part of a vehicle model, in one region and price channel.</summary>
public sealed class PartPrice
{
    private PartPrice() { }

    public long Id { get; private set; }
    public string CatalogueVersion { get; private set; } = "";
    public string ModelCode { get; private set; } = "";
    public string RegionCode { get; private set; } = "";
    public string PartNumber { get; private set; } = "";
    public string PartNumberKey { get; private set; } = "";
    public string PartName { get; private set; } = "";
    public string NameKey { get; private set; } = "";
    public string Position { get; private set; } = "";
    public PriceChannel Channel { get; private set; }
    public decimal Price { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    /// <summary>Last day the price applies (inclusive); open-ended when null.</summary>
    public DateOnly? EffectiveTo { get; private set; }

    public static PartPrice Create(
        string catalogueVersion, string modelCode, string regionCode, string partNumber, string partName, string position,
        PriceChannel channel, decimal price, DateOnly effectiveFrom, DateOnly? effectiveTo)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogueVersion);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(regionCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(partNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(partName);
        ArgumentException.ThrowIfNullOrWhiteSpace(position);
        ArgumentOutOfRangeException.ThrowIfNegative(price);
        if (effectiveTo < effectiveFrom)
        {
            throw new ArgumentException("A price cannot end before it starts.", nameof(effectiveTo));
        }

        return new PartPrice
        {
            CatalogueVersion = catalogueVersion.Trim(),
            ModelCode = modelCode.Trim().ToUpperInvariant(),
            RegionCode = regionCode.Trim().ToUpperInvariant(),
            PartNumber = partNumber.Trim(),
            PartNumberKey = SearchKeys.PartNumber(partNumber),
            PartName = partName.Trim(),
            NameKey = SearchKeys.Name(partName),
            Position = position.Trim().ToUpperInvariant(),
            Channel = channel,
            Price = Money.Of(price).Amount,
            EffectiveFrom = effectiveFrom,
            EffectiveTo = effectiveTo,
        };
    }

    public bool IsEffectiveOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);
}
