namespace Claims.Domain.Renewals;

/// <summary>What a daily sweep owes one policy today.</summary>
public sealed record StageDecision(RenewalStage Stage, DateOnly DueOn, bool CallTask);

public static class RenewalStages
{
    /// <summary>
    /// The one stage due today, or null. A stage is due from its day until the next stage's day, so a sweep that
    /// missed days sends the current reminder only, never a backlog of stale ones; a stage already sent is never due.
    /// </summary>
    public static StageDecision? Due(DateOnly expiry, string? tier, DateOnly today, IReadOnlySet<RenewalStage> sent, RenewalSchedule schedule)
    {
        var windows = new List<(RenewalStage Stage, DateOnly From)>();
        windows.AddRange(schedule.LeadDays(tier).OrderByDescending(d => d).Select(d => (RenewalSchedule.StageFor(d), expiry.AddDays(-d))));
        windows.Add((RenewalStage.ExpiryNotice, expiry));
        windows.Add((RenewalStage.Lapsed, expiry.AddDays(schedule.GraceDays)));

        for (var i = windows.Count - 1; i >= 0; i--)
        {
            var (stage, from) = windows[i];
            if (today < from)
            {
                continue;
            }

            // The current window: later windows have not opened, this one has.
            // A tier with call tasks gets one, with its first reminder.
            return sent.Contains(stage) ? null : new StageDecision(stage, from, CallTask: i == 0 && schedule.WantsCallTask(tier));
        }

        return null;
    }
}
