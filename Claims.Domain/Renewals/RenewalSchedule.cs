namespace Claims.Domain.Renewals;

/// <summary>
/// Lead times per customer tier (configuration, with the industry defaults): 60/30/7 days, VIP 90/60/30/7
/// plus a call task for the agent; an expiry notice on the day and a lapse after the grace period.
/// </summary>
public sealed record RenewalSchedule(IReadOnlyDictionary<string, IReadOnlyList<int>> LeadDaysByTier, int GraceDays, IReadOnlySet<string> CallTaskTiers)
{
    public const string DefaultTier = "*";

    public static RenewalSchedule Default { get; } = new(
        new Dictionary<string, IReadOnlyList<int>> { [DefaultTier] = [60, 30, 7], ["VIP"] = [90, 60, 30, 7] },
        GraceDays: 15,
        CallTaskTiers: new HashSet<string> { "VIP" });

    public IReadOnlyList<int> LeadDays(string? tier) =>
        tier is not null && LeadDaysByTier.TryGetValue(tier, out var days) ? days : LeadDaysByTier[DefaultTier];

    /// <summary>The longest lead time of any tier: how far ahead a sweep must look.</summary>
    public int MaxLeadDays => LeadDaysByTier.Values.SelectMany(d => d).DefaultIfEmpty(0).Max();

    public bool WantsCallTask(string? tier) => tier is not null && CallTaskTiers.Contains(tier);

    public static RenewalStage StageFor(int leadDays) => leadDays switch
    {
        >= 90 => RenewalStage.Days90,
        >= 60 => RenewalStage.Days60,
        >= 30 => RenewalStage.Days30,
        _ => RenewalStage.Days7,
    };
}
