namespace Claims.Domain.Common;

/// <summary>Vehicle class by new-car price (RMB); base rates and labour-hour standards are set per band.</summary>
public enum PriceBand
{
    Under60k = 1,
    From60kTo150k = 2,
    From150kTo300k = 3,
    From300kTo600k = 4,
    Over600k = 5,
}

public static class PriceBands
{
    /// <summary>Lower bounds, inclusive: a car at exactly 150,000 is in the 150–300k band, one at 600,000 in the top band.</summary>
    private static readonly (decimal From, PriceBand Band)[] LowerBounds =
    [
        (600_000m, PriceBand.Over600k),
        (300_000m, PriceBand.From300kTo600k),
        (150_000m, PriceBand.From150kTo300k),
        (60_000m, PriceBand.From60kTo150k),
    ];

    public static PriceBand For(decimal newCarPrice)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(newCarPrice);
        foreach (var (from, band) in LowerBounds)
        {
            if (newCarPrice >= from)
            {
                return band;
            }
        }

        return PriceBand.Under60k;
    }

    /// <summary>Reads a band as written by people and files: its name or its number 1–5.</summary>
    public static bool TryParse(string? text, out PriceBand band)
    {
        band = default;
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        if (int.TryParse(value, out var number))
        {
            band = (PriceBand)number;
            return Enum.IsDefined(band);
        }

        return EnumText.TryParse(value, out band);
    }
}
