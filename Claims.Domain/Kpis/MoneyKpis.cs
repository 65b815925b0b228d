namespace Claims.Domain.Kpis;

/// <summary>An age band of open claims, in whole days since notice; <c>To</c> null for the last, open-ended band.</summary>
public sealed record AgeBand(string Label, int From, int? To)
{
    public bool Holds(int days) => days >= From && (To is not { } to || days <= to);
}

/// <summary>The claim-money KPIs' arithmetic (DOMAIN.md, "Claim money"): incurred, reserve adequacy, age bands. Pure and tested.</summary>
public static class MoneyKpis
{
    /// <summary>Practice bands of outstanding reserves: a month, a quarter, half a year, a year, older.</summary>
    public static readonly IReadOnlyList<AgeBand> AgeBands =
        [new("0–30 days", 0, 30), new("31–90 days", 31, 90), new("91–180 days", 91, 180), new("181–365 days", 181, 365), new("over a year", 366, null)];

    /// <summary>Incurred = paid + outstanding − recoveries received, where outstanding = reserve − paid.</summary>
    public static decimal Incurred(decimal reserve, decimal paid, decimal recoveriesReceived) => paid + (reserve - paid) - recoveriesReceived;

    /// <summary>Final paid over first reserve, four decimals (1 = reserved right, below 1 = over-reserved); null without a first reserve.</summary>
    public static decimal? ReserveAdequacy(decimal finalPaid, decimal firstReserve) =>
        firstReserve <= 0m ? null : Math.Round(finalPaid / firstReserve, 4, MidpointRounding.AwayFromZero);

    /// <summary>The band a claim reported on <paramref name="reported"/> falls in on <paramref name="asOf"/> (a claim from the future counts as new).</summary>
    public static AgeBand BandOf(DateOnly reported, DateOnly asOf)
    {
        var days = Math.Max(0, asOf.DayNumber - reported.DayNumber);
        return AgeBands.First(b => b.Holds(days));
    }
}
