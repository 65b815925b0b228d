using Claims.Domain.Policies;

namespace Claims.Domain.Financials;

/// <summary>Monthly depreciation rates of the 2020 model motor clauses (practice defaults; configuration).</summary>
public sealed class DepreciationRates
{
    /// <summary>Private cars up to 9 seats.</summary>
    public decimal Private { get; init; } = 0.006m;

    /// <summary>Private vehicles of 10 seats or more depreciate like other commercial use.</summary>
    public decimal PrivateTenSeatsOrMore { get; init; } = 0.009m;

    public decimal RideHailing { get; init; } = 0.011m;

    public decimal Commercial { get; init; } = 0.009m;

    /// <summary>Depreciation never exceeds this share of the new-car price.</summary>
    public decimal Cap { get; init; } = 0.80m;

    public decimal MonthlyRate(VehicleUsage usage, int seats) => usage switch
    {
        VehicleUsage.Private => seats <= 9 ? Private : PrivateTenSeatsOrMore,
        VehicleUsage.RideHailing => RideHailing,
        _ => Commercial,
    };
}
