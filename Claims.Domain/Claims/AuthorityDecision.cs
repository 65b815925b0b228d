namespace Claims.Domain.Claims;

/// <summary>Whether a settlement is within the adjuster's authority, or the level it must be referred to.</summary>
public sealed record AuthorityDecision(bool IsWithin, decimal Limit, int? ReferToLevel)
{
    public static AuthorityDecision Within(decimal limit) => new(true, limit, null);

    public static AuthorityDecision ReferTo(int level, decimal limit) => new(false, limit, level);
}

/// <summary>Settlement authority by adjuster level; the limits are reference data.</summary>
public static class SettlementAuthority
{
    public static AuthorityDecision Decide(decimal payable, int adjusterLevel, IReadOnlyDictionary<int, decimal> limits)
    {
        var limit = limits.TryGetValue(adjusterLevel, out var own) ? own : 0m;
        if (payable <= limit)
        {
            return AuthorityDecision.Within(limit);
        }

        // The lowest level whose limit covers the amount; the top level when none does.
        var level = limits.Where(l => l.Key > adjusterLevel && l.Value >= payable).Select(l => (int?)l.Key).Min()
            ?? (limits.Count == 0 ? adjusterLevel + 1 : Math.Max(limits.Keys.Max(), adjusterLevel + 1));
        return AuthorityDecision.ReferTo(level, limit);
    }

    /// <summary>Why an approver may not approve a settlement referred to <paramref name="referredToLevel"/> (their level is below it), or null when they may.</summary>
    public static string? ApprovalRefusal(decimal payable, int referredToLevel, int approverLevel, IReadOnlyDictionary<int, decimal> limits)
    {
        if (approverLevel >= referredToLevel)
        {
            return null;
        }

        var own = limits.TryGetValue(approverLevel, out var limit) ? limit : 0m;
        return $"A settlement of {payable:N2} is referred to level {referredToLevel}; your settlement authority is level {approverLevel} (up to {own:N2}). Refer it up rather than approve it.";
    }
}
