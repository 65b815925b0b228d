namespace Claims.Domain.Portal;

/// <summary>One step of the policyholder's timeline: done or not, and since when.</summary>
public sealed record TimelineStep(string Name, bool Done, DateTime? At);

/// <summary>The policyholder's view of a claim: five steps and, when the claim left the usual path, a note saying so.</summary>
public sealed record ClaimTimeline(IReadOnlyList<TimelineStep> Steps, string? Note)
{
    public static readonly IReadOnlyList<string> StepNames = ["Reported", "Surveyed", "Estimate approved", "Paid", "Closed"];

    /// <summary>How far each status has come along the steps; a status not listed (added by a later version) keeps the step reached so far.</summary>
    private static readonly Dictionary<string, int> Reached = new(StringComparer.Ordinal)
    {
        ["Notified"] = 0, ["Surveying"] = 0, ["Estimated"] = 1, ["PriceVerification"] = 1, ["AwaitingApproval"] = 1,
        ["Approved"] = 2, ["Paid"] = 3, ["Closed"] = 4,
    };

    /// <summary>Ended without payment: the last step shows closed, the note says why in words.</summary>
    private static readonly Dictionary<string, string> Ended = new(StringComparer.Ordinal)
    {
        ["Rejected"] = "Your claim was not accepted; we wrote to you with the reason.",
        ["Denied"] = "Your claim was declined after review; we wrote to you with the reason.",
    };

    /// <summary>
    /// The steps from the recorded status changes (in any order) and the current status; a step's date is when the claim
    /// first reached it. <paramref name="reportedAt"/> dates the first step when no change was recorded.
    /// </summary>
    public static ClaimTimeline Of(IEnumerable<(string Status, DateTime At)> changes, string currentStatus, DateTime reportedAt)
    {
        var dates = new DateTime?[StepNames.Count];
        dates[0] = reportedAt;
        var reached = 0;
        DateTime? endedAt = null;
        foreach (var (status, at) in changes.OrderBy(c => c.At).Append((currentStatus, DateTime.MaxValue)))
        {
            var known = at == DateTime.MaxValue ? (DateTime?)null : at;
            if (Ended.ContainsKey(status))
            {
                endedAt ??= known;
                continue;
            }

            var step = Reached.TryGetValue(status, out var r) ? r : reached;
            for (var i = reached + 1; i <= step; i++)
            {
                dates[i] = known;
            }

            reached = Math.Max(reached, step);
        }

        var last = StepNames.Count - 1;
        var ended = Ended.TryGetValue(currentStatus, out var why);
        var note = ended ? why : Reached.ContainsKey(currentStatus) ? null : $"Your claim is being reviewed ({currentStatus}).";
        return new ClaimTimeline(StepNames.Select((name, i) => i == last && ended
            ? new TimelineStep(name, true, endedAt)
            : new TimelineStep(name, i <= reached, i <= reached ? dates[i] : null)).ToList(), note);
    }

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["Notified"] = "reported", ["Surveying"] = "with the surveyor", ["Estimated"] = "surveyed, estimate under review",
        ["PriceVerification"] = "surveyed, prices being checked", ["AwaitingApproval"] = "surveyed, estimate awaiting approval",
        ["Approved"] = "estimate approved", ["Paid"] = "paid", ["Closed"] = "closed", ["Rejected"] = "not accepted", ["Denied"] = "declined",
    };

    /// <summary>The status in the policyholder's words; a status this version does not know reads as under review.</summary>
    public static string Describe(string status) => Words.TryGetValue(status, out var words) ? words : "under review";
}
