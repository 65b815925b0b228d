using Claims.Domain.Common;

namespace Claims.Domain.Kpis;

/// <summary>The managers' arithmetic: earned premium, loss ratio, renewal rate, satisfaction score. Pure and tested.</summary>
public static class Kpi
{
    /// <summary>The share of the premium earned by <paramref name="asOf"/>: premium × days elapsed / days in the term (both ends inclusive).</summary>
    public static decimal EarnedPremium(decimal premium, DateOnly start, DateOnly expiry, DateOnly asOf)
    {
        var term = expiry.DayNumber - start.DayNumber + 1;
        var elapsed = Math.Clamp(asOf.DayNumber - start.DayNumber + 1, 0, term);
        return Money.Round(premium * elapsed / term);
    }

    /// <summary>Claims paid over earned premium; null when nothing is earned yet.</summary>
    public static decimal? LossRatio(decimal claimsPaid, decimal earnedPremium) =>
        earnedPremium <= 0 ? null : Math.Round(claimsPaid / earnedPremium, 4, MidpointRounding.AwayFromZero);

    /// <summary>Renewed over due; null when nothing was due.</summary>
    public static decimal? RenewalRate(int renewed, int due) =>
        due <= 0 ? null : Math.Round((decimal)renewed / due, 4, MidpointRounding.AwayFromZero);

    /// <summary>How many per 100 (one decimal); null when there is nothing to count in.</summary>
    public static decimal? PerHundred(int count, int of) =>
        of <= 0 ? null : Math.Round(100m * count / of, 1, MidpointRounding.AwayFromZero);

    /// <summary>A 5-point answer scale (5 always … 1 never) on 100: (mean − 1) / 4 × 100, rounded to one decimal.</summary>
    public static decimal? SatisfactionScore(IEnumerable<int> answers)
    {
        var list = answers.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        if (list.Any(a => a is < 1 or > 5))
        {
            throw new ArgumentOutOfRangeException(nameof(answers), "Answers are on a 1–5 scale.");
        }

        return Math.Round(((decimal)list.Average() - 1m) / 4m * 100m, 1, MidpointRounding.AwayFromZero);
    }
}
