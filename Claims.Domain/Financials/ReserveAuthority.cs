namespace Claims.Domain.Financials;

/// <summary>A reserve change the user may make, or the authority level that must approve it.</summary>
public sealed record ReserveDecision(bool Within, int? ReferTo)
{
    public static readonly ReserveDecision Yes = new(true, null);
}

/// <summary>
/// Reserve authority by level (practice: adjuster 20,000, senior 100,000, head office above): a change whose resulting
/// reserve exceeds the user's limit waits for the lowest level whose limit covers it.
/// </summary>
public static class ReserveAuthority
{
    public static ReserveDecision Decide(decimal newReserve, int userLevel, IReadOnlyDictionary<int, decimal> limits)
    {
        if (limits.TryGetValue(userLevel, out var own) && newReserve <= own)
        {
            return ReserveDecision.Yes;
        }

        var above = limits.Where(l => l.Key > userLevel && newReserve <= l.Value).OrderBy(l => l.Key).Select(l => (int?)l.Key).FirstOrDefault();
        return new ReserveDecision(false, above ?? limits.Keys.DefaultIfEmpty(userLevel).Max());
    }

    /// <summary>Why an approver may not approve a reserve (their own limit is below it), or null when they may: approval is the same authority as setting it.</summary>
    public static string? ApprovalRefusal(decimal reserve, int approverLevel, IReadOnlyDictionary<int, decimal> limits)
    {
        var own = limits.TryGetValue(approverLevel, out var limit) ? limit : 0m;
        if (reserve <= own)
        {
            return null;
        }

        var needed = Decide(reserve, approverLevel, limits).ReferTo;
        return $"A reserve of {reserve:N2} is beyond your reserve authority of {own:N2} (level {approverLevel}); it needs level {needed}. Refer it up rather than approve it.";
    }
}
