using System.Text.Json.Nodes;
using Claims.Workflows.Engine;

namespace Claims.Tests.Workflows;

public class HumanTaskRunnerTests
{
    private static readonly BusinessObject LargeClaim = new("claim", "C-17", JsonNode.Parse("""{"amount": 4000, "number": "C-17"}"""));

    private static async Task<(WorkflowRunner Runner, Claims.Workflows.Definitions.WorkflowDefinition Definition, RunResult Started)> StartReview()
    {
        var definition = RunnerFixture.LoadFixture("claim-approval.json");
        var runner = RunnerFixture.Runner();
        return (runner, definition, await runner.StartAsync(definition, businessObject: LargeClaim));
    }

    [Fact]
    public async Task HumanTask_Started_WaitsWithTaskPayload()
    {
        var (_, _, started) = await StartReview();

        Assert.Equal(RunOutcome.Suspended, started.Outcome);
        var bookmark = Assert.Single(started.CreatedBookmarks);
        Assert.Equal((BookmarkKind.HumanTask, "review", "ClaimApproval"), (bookmark.Kind, bookmark.ActivityId, bookmark.Name));
        var payload = bookmark.Payload!;
        Assert.Equal("Approve claim C-17", payload["subject"]!.GetValue<string>());
        Assert.Equal("SeniorAdjuster", payload["assigneeRole"]!.GetValue<string>());
        Assert.Equal(FakeTime.Default.AddDays(2), payload["dueAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(["Approve", "Reject"], payload["outcomes"]!.AsArray().Select(o => o!.GetValue<string>()));
    }

    [Fact]
    public async Task HumanTask_ResumedWithApprove_FollowsApprovePortAndStoresData()
    {
        var (runner, definition, started) = await StartReview();
        var bookmarkId = started.CreatedBookmarks[0].Id;

        var resumed = await runner.ResumeAsync(
            definition, WorkflowState.FromJson(started.State.ToJson()), bookmarkId,
            new ResumeInput("Approve", JsonNode.Parse("""{"note":"fine"}""")), LargeClaim);

        Assert.Equal(RunOutcome.Finished, resumed.Outcome);
        Assert.Equal("settle", resumed.State.Journal[^1].ActivityId);
        Assert.Contains(resumed.NewJournalEntries, j => j is { ActivityId: "review", Event: JournalEvent.Resumed, Outcome: "Approve" });
        Assert.Equal("fine", resumed.State.Variables["Decision"]!["note"]!.GetValue<string>());
        Assert.Empty(resumed.State.Bookmarks);
    }

    [Fact]
    public async Task HumanTask_ResumedWithReject_FollowsRejectPort()
    {
        var (runner, definition, started) = await StartReview();

        var resumed = await runner.ResumeAsync(definition, started.State, started.CreatedBookmarks[0].Id, new ResumeInput("Reject"));

        Assert.Equal("reject", resumed.State.Journal[^1].ActivityId);
    }

    [Fact]
    public async Task Resume_ConsumedBookmark_ReturnsAlreadyConsumed()
    {
        var (runner, definition, started) = await StartReview();
        var bookmarkId = started.CreatedBookmarks[0].Id;
        var first = await runner.ResumeAsync(definition, started.State, bookmarkId, new ResumeInput("Approve"));

        var second = await runner.ResumeAsync(definition, first.State, bookmarkId, new ResumeInput("Approve"));

        Assert.Equal(RunOutcome.BookmarkAlreadyConsumed, second.Outcome);
        Assert.True(second.IsRejected);
        Assert.Same(first.State, second.State);
    }

    [Fact]
    public async Task Resume_UnknownBookmark_ReturnsNotFound()
    {
        var (runner, definition, started) = await StartReview();

        var result = await runner.ResumeAsync(definition, started.State, Guid.NewGuid(), new ResumeInput("Approve"));

        Assert.Equal(RunOutcome.BookmarkNotFound, result.Outcome);
    }

    [Theory]
    [InlineData("Escalate")]
    [InlineData(null)]
    public async Task Resume_OutcomeNotOffered_ReturnsUnknownOutcomeAndKeepsBookmark(string? outcome)
    {
        var (runner, definition, started) = await StartReview();

        var result = await runner.ResumeAsync(definition, started.State, started.CreatedBookmarks[0].Id, new ResumeInput(outcome));

        Assert.Equal(RunOutcome.UnknownOutcome, result.Outcome);
        Assert.Single(result.State.Bookmarks);
    }

    [Fact]
    public async Task Resume_DoesNotMutateTheStatePassedIn()
    {
        var (runner, definition, started) = await StartReview();
        var before = started.State.ToJson();

        await runner.ResumeAsync(definition, started.State, started.CreatedBookmarks[0].Id, new ResumeInput("Approve"));

        Assert.Equal(before, started.State.ToJson());
    }

    [Fact]
    public async Task Start_SmallClaim_SettlesWithoutTask()
    {
        var definition = RunnerFixture.LoadFixture("claim-approval.json");
        var small = LargeClaim with { Data = JsonNode.Parse("""{"amount": 900, "number": "C-18"}""") };

        var result = await RunnerFixture.Runner().StartAsync(definition, businessObject: small);

        Assert.Equal(RunOutcome.Finished, result.Outcome);
        Assert.Empty(result.CreatedBookmarks);
        Assert.Equal(new BusinessObjectReference("claim", "C-17"), result.State.BusinessObject);
    }
}
