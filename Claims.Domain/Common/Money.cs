using System.Globalization;
using System.Text.Json.Serialization;

namespace Claims.Domain.Common;

/// <summary>An amount in RMB, always held rounded half away from zero to 2 decimals.</summary>
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly record struct Money : IComparable<Money>, IFormattable
{
    public static readonly Money Zero = new(0m);

    private Money(decimal amount) => Amount = amount;

    public decimal Amount { get; private init; }

    /// <summary>Rounds once, here: callers compute a line or a step unrounded, then call this.</summary>
    public static Money Of(decimal amount) => new(Round(amount));

    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>True when the amount needs no rounding (catalogue prices, rates and imported figures).</summary>
    public static bool HasAtMostTwoDecimals(decimal amount) => amount == Math.Round(amount, 2);

    /// <summary>One step: the product is rounded once (a share, a quantity, a ladder factor).</summary>
    public Money Times(decimal factor) => Of(Amount * factor);

    /// <summary>One step: this amount × the percentage (15 means 15%), rounded once.</summary>
    public Money Times(Percentage percentage) => Of(Amount * percentage.Fraction);

    public Money AtLeastZero() => Amount < 0 ? Zero : this;

    public static Money Min(Money a, Money b) => a.Amount <= b.Amount ? a : b;

    public static Money Max(Money a, Money b) => a.Amount >= b.Amount ? a : b;

    /// <summary>Sums exactly: amounts of 2 decimals add up without rounding.</summary>
    public static Money Sum(IEnumerable<Money> amounts)
    {
        var total = 0m;
        foreach (var amount in amounts)
        {
            total += amount.Amount;
        }

        return new(total);
    }

    public static Money operator +(Money a, Money b) => new(a.Amount + b.Amount);

    public static Money operator -(Money a, Money b) => new(a.Amount - b.Amount);

    public static Money operator -(Money a) => new(-a.Amount);

    public static Money operator *(Money a, decimal factor) => a.Times(factor);

    public static Money operator *(Money a, Percentage percentage) => a.Times(percentage);

    public static bool operator <(Money a, Money b) => a.Amount < b.Amount;

    public static bool operator >(Money a, Money b) => a.Amount > b.Amount;

    public static bool operator <=(Money a, Money b) => a.Amount <= b.Amount;

    public static bool operator >=(Money a, Money b) => a.Amount >= b.Amount;

    public int CompareTo(Money other) => Amount.CompareTo(other.Amount);

    public override string ToString() => Amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Formats the amount as a decimal would ("N2" in pages and messages).</summary>
    public string ToString(string? format) => Amount.ToString(format ?? "0.00", CultureInfo.CurrentCulture);

    public string ToString(string? format, IFormatProvider? formatProvider) => Amount.ToString(format ?? "0.00", formatProvider);
}
