namespace Claims.Domain.Kpis;

/// <summary>One histogram bucket: claims whose notice-to-payment time fell in [From, To] days (To null: open-ended).</summary>
public sealed record CycleBucket(int From, int? To, int Claims)
{
    public string Label => To is null ? $"{From}+ days" : $"{From}–{To} days";
}

/// <summary>Claim cycle time, notice to payment, in whole days and bucketed for the histogram.</summary>
public static class CycleTime
{
    /// <summary>Lower bounds of the buckets: 0–7, 8–14, 15–30, 31–60, 61–90, 91+ days.</summary>
    public static readonly IReadOnlyList<int> Bounds = [0, 8, 15, 31, 61, 91];

    public static int Days(DateTime reportedAt, DateTime paidAt) => Math.Max(0, (int)Math.Floor((paidAt - reportedAt).TotalDays));

    public static IReadOnlyList<CycleBucket> Histogram(IEnumerable<int> days)
    {
        var counts = new int[Bounds.Count];
        foreach (var d in days)
        {
            var i = Bounds.Count - 1;
            while (i > 0 && d < Bounds[i])
            {
                i--;
            }

            counts[i]++;
        }

        return [.. Bounds.Select((from, i) => new CycleBucket(from, i + 1 < Bounds.Count ? Bounds[i + 1] - 1 : null, counts[i]))];
    }

    /// <summary>The median in days; null when there is no claim.</summary>
    public static decimal? Median(IEnumerable<int> days)
    {
        var sorted = days.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2m;
    }
}
