using System.Globalization;

namespace Claims.Domain.Common;

/// <summary>An amount in RMB, always held rounded half away from zero to 2 decimals.</summary>
public readonly record struct Money
{
    public static readonly Money Zero = new(0m);

    private Money(decimal amount) => Amount = amount;

    public decimal Amount { get; }

    /// <summary>Rounds once, here: callers compute a line or a step unrounded, then call this.</summary>
    public static Money Of(decimal amount) => new(Round(amount));

    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>True when the amount needs no rounding (catalogue prices, rates and imported figures).</summary>
    public static bool HasAtMostTwoDecimals(decimal amount) => amount == Math.Round(amount, 2);

    public Money Times(decimal factor) => Of(Amount * factor);

    public Money AtLeastZero() => Amount < 0 ? Zero : this;

    public static Money operator +(Money a, Money b) => new(a.Amount + b.Amount);

    public static Money operator -(Money a, Money b) => new(a.Amount - b.Amount);

    public override string ToString() => Amount.ToString("0.00", CultureInfo.InvariantCulture);
}
