using Claims.Domain.Common;
using Claims.Domain.Policies;

namespace Claims.Domain.Financials;

/// <summary>The vehicle's actual value on the loss date and how it was reached.</summary>
public sealed record ActualValueResult(decimal NewCarPrice, int FullMonths, decimal MonthlyRate, decimal Depreciation, bool Capped, decimal Value);

/// <summary>
/// Actual value = new-car price − depreciation; depreciation = price × full months since first registration × monthly
/// rate, capped at 80 % of the price (DOMAIN.md, "Claim money"). Rounded once, at the depreciation step.
/// </summary>
public static class ActualValue
{
    public static ActualValueResult Of(decimal newCarPrice, DateOnly firstRegistration, DateOnly lossDate, VehicleUsage usage, int seats, DepreciationRates rates)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(newCarPrice);
        var months = FullMonths(firstRegistration, lossDate);
        var rate = rates.MonthlyRate(usage, seats);
        var uncapped = Money.Of(newCarPrice * months * rate).Amount;
        var cap = Money.Of(newCarPrice * rates.Cap).Amount;
        var depreciation = Math.Min(uncapped, cap);
        return new ActualValueResult(newCarPrice, months, rate, depreciation, uncapped > cap, newCarPrice - depreciation);
    }

    /// <summary>Whole months from the first registration to the loss; a month counts once its day is reached, or its last day when it has no such day (31 Jan → 28 Feb is 1).</summary>
    public static int FullMonths(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            return 0;
        }

        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        return from.AddMonths(months) > to ? months - 1 : months;
    }
}
