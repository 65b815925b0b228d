namespace Claims.Domain.Policies;

/// <summary>
/// A no-claims discount step, chosen by the record of the last policy year (DOMAIN.md ladder). The key names the
/// tariff factor; the default factor is the practice figure used when a tariff has no row for the step.
/// </summary>
public readonly record struct NcdStep(string Key, decimal DefaultFactor)
{
    public static readonly NcdStep New = new("New", 1.00m);

    public static NcdStep For(int yearsInsured, int claimsLastYear, int claimFreeYears)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(yearsInsured);
        ArgumentOutOfRangeException.ThrowIfNegative(claimsLastYear);
        ArgumentOutOfRangeException.ThrowIfNegative(claimFreeYears);
        return claimsLastYear switch
        {
            >= 3 => new("Claims3+", 1.50m),
            2 => new("Claims2", 1.25m),
            1 => new("Claims1", 1.00m),
            _ when yearsInsured == 0 => New,
            _ => Math.Min(claimFreeYears, yearsInsured) switch
            {
                0 => new("Claims1", 1.00m), // claim-free count reset and no full year since
                1 => new("ClaimFree1", 0.85m),
                2 => new("ClaimFree2", 0.70m),
                3 => new("ClaimFree3", 0.60m),
                _ => new("ClaimFree4+", 0.50m),
            },
        };
    }

    /// <summary>From the dated claims of the last five years: claims in the year before the start, and whole claim-free years since the latest.</summary>
    public static NcdStep FromHistory(int yearsInsured, IEnumerable<DateOnly> claimDates, DateOnly start)
    {
        var dates = claimDates.Where(d => d < start).ToList();
        var lastYear = dates.Count(d => d >= start.AddYears(-1));
        var claimFree = dates.Count == 0 ? yearsInsured : WholeYears(dates.Max(), start);
        return For(yearsInsured, lastYear, claimFree);
    }

    public static int WholeYears(DateOnly from, DateOnly to)
    {
        var years = to.Year - from.Year;
        return Math.Max(0, to < from.AddYears(years) ? years - 1 : years);
    }
}
