using Claims.Domain.Portal;

namespace Claims.Tests.Domain;

/// <summary>The policyholder's timeline from the recorded status changes, including statuses this version does not know.</summary>
public sealed class ClaimTimelineTests
{
    private static readonly DateTime Reported = new(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);

    private static (string, DateTime)[] Changes(params string[] statuses) =>
        statuses.Select((s, i) => (s, Reported.AddDays(i))).ToArray();

    [Theory]
    [InlineData("Notified", "Notified", "10000", null)]
    [InlineData("Notified Surveying", "Surveying", "10000", null)]
    [InlineData("Notified Surveying Estimated", "Estimated", "11000", null)]
    [InlineData("Notified Surveying PriceVerification AwaitingApproval Approved", "Approved", "11100", null)]
    [InlineData("Notified Surveying Estimated Approved Paid Closed", "Closed", "11111", null)]
    [InlineData("Notified Rejected", "Rejected", "10001", "Your claim was not accepted; we wrote to you with the reason.")]
    [InlineData("Notified Surveying Investigation", "Investigation", "10000", "Your claim is being reviewed (Investigation).")]
    [InlineData("Notified Surveying Estimated Investigation Denied", "Denied", "11001", "Your claim was declined after review; we wrote to you with the reason.")]
    [InlineData("Notified Surveying Estimated Investigation Approved", "Approved", "11100", null)]
    public void Of_StatusHistory_StepsDoneAndNote(string history, string current, string done, string? note)
    {
        var timeline = ClaimTimeline.Of(Changes(history.Split(' ')), current, Reported);

        Assert.Equal(done, string.Concat(timeline.Steps.Select(s => s.Done ? '1' : '0')));
        Assert.Equal(note, timeline.Note);
        Assert.All(timeline.Steps.Where(s => s.Done), s => Assert.NotNull(s.At));
        Assert.All(timeline.Steps.Where(s => !s.Done), s => Assert.Null(s.At));
    }

    [Fact]
    public void Of_SkippedSteps_DatedWhenFirstPassed()
    {
        var timeline = ClaimTimeline.Of(Changes("Notified", "Surveying", "Approved", "Paid"), "Paid", Reported);

        Assert.Equal(
            [Reported, Reported.AddDays(2), Reported.AddDays(2), Reported.AddDays(3), null],
            timeline.Steps.Select(s => s.At).ToArray());
    }

    [Fact]
    public void Of_NoRecordedChanges_CurrentStatusWithoutDatesBeyondReport()
    {
        var timeline = ClaimTimeline.Of([], "Approved", Reported);

        Assert.Equal([Reported, null, null, null, null], timeline.Steps.Select(s => s.At).ToArray());
        Assert.Equal([true, true, true, false, false], timeline.Steps.Select(s => s.Done).ToArray());
    }

    [Theory]
    [InlineData("Surveying", "with the surveyor")]
    [InlineData("Approved", "estimate approved")]
    [InlineData("Investigation", "under review")]
    public void Describe_Status_PolicyholderWords(string status, string words) => Assert.Equal(words, ClaimTimeline.Describe(status));
}
