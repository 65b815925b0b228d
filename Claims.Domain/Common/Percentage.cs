using System.Globalization;

namespace Claims.Domain.Common;

/// <summary>A percentage as underwriters write it (15 means 15%), distinct from a fraction or an amount.</summary>
public readonly record struct Percentage
{
    public static readonly Percentage Zero = new(0m);

    private Percentage(decimal value) => Value = value;

    public decimal Value { get; }

    public static Percentage Of(decimal value) => new(value);

    public override string ToString() => Value.ToString("0.####", CultureInfo.InvariantCulture);
}
