using System.Globalization;

namespace Claims.Domain.Common;

/// <summary>A percentage as underwriters write it (15 means 15%), distinct from a fraction or an amount.</summary>
public readonly record struct Percentage
{
    public static readonly Percentage Zero = new(0m);

    private Percentage(decimal value) => Value = value;

    public decimal Value { get; }

    public static Percentage Of(decimal value) => new(value);

    /// <summary>The percentage as a fraction: 15% is 0.15.</summary>
    public decimal Fraction => Value / 100m;

    public override string ToString() => Value.ToString("0.####", CultureInfo.InvariantCulture);
}
