using System.ComponentModel.DataAnnotations;
using Claims.Domain.Renewals;

namespace Claims.Web.Features.Renewals;

/// <summary>Bound from <c>Renewals</c>: lead days per tier, grace, the sweep's time of day and batch size, the notice batches.</summary>
public sealed class RenewalOptions
{
    public const string Section = "Renewals";

    public Dictionary<string, int[]> LeadDaysByTier { get; set; } = new() { [RenewalSchedule.DefaultTier] = [60, 30, 7], ["VIP"] = [90, 60, 30, 7] };
    [Range(0, 365, ErrorMessage = "must be between 0 and 365 days.")]
    public int GraceDays { get; set; } = 15;
    public string[] CallTaskTiers { get; set; } = ["VIP"];
    public TimeOnly SweepAfter { get; set; } = new(1, 0);
    /// <summary>Reminders the sweep records and queues per transaction: the relay publishes one batch while the sweep writes the next.</summary>
    [Range(1, 100_000, ErrorMessage = "must be between 1 and 100,000.")]
    public int BatchSize { get; set; } = 1_000;

    /// <summary>Reminders the notice consumer handles in one transaction, how long it waits to fill a batch, and batches at once.</summary>
    [Range(1, 10_000, ErrorMessage = "must be between 1 and 10,000.")]
    public int NoticeBatchSize { get; set; } = 50;
    public TimeSpan NoticeBatchWait { get; set; } = TimeSpan.FromMilliseconds(100);
    public int NoticeBatchConcurrency { get; set; } = 2;

    /// <summary>The HMAC key renewal links are signed with; required for notices (Development has a default).</summary>
    [Required(ErrorMessage = "is missing: the HMAC key renewal links are signed with, the same on every node (Development has one).")]
    public string? TokenKey { get; set; }

    /// <summary>Whether policies renew unless the customer says otherwise (the notice says which).</summary>
    public bool RenewsAutomatically { get; set; }

    public RenewalSchedule Schedule() => new(
        LeadDaysByTier.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<int>)kv.Value),
        GraceDays,
        CallTaskTiers.ToHashSet());
}
