using Claims.Workflows.Definitions;
using Claims.Workflows.Engine;
using static Claims.Tests.Workflows.FlowBuilder;

namespace Claims.Tests.Workflows;

/// <summary>Per-activity retries: a failed try waits on a timer bookmark (1 s doubled, with jitter); the incident comes after the last try.</summary>
public class ActivityRetryTests
{
    private static WorkflowDefinition Flow(string type, int retries, int failTimes = 0) => new FlowBuilder()
        .Variable("Healed", "Boolean", "false")
        .Activity("s", "Elsa.Start")
        .Activity("call", type, ("failTimes", Literal("Int32", failTimes.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            ("retryAttempts", Literal("Int32", retries.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            ("retryDelay", Literal("TimeSpan", "00:00:01")))
        .Activity("f", "Elsa.Finish").Connect("s", "call").Connect("call", "f").Build();

    private static Task<RunResult> FireRetry(WorkflowRunner runner, WorkflowDefinition definition, RunResult previous) =>
        runner.ResumeAsync(definition, WorkflowState.FromJson(previous.State.ToJson()),
            previous.State.Bookmarks.Single(b => b.Name == RetryPolicy.BookmarkName).Id);

    [Fact]
    public async Task Retry_FailsTwice_ThirdTrySucceedsWithoutIncident()
    {
        var time = new FakeTime();
        var runner = RunnerFixture.Runner(time);
        var definition = Flow("Test.Flaky", retries: 2, failTimes: 2);

        var first = await runner.StartAsync(definition);
        var second = await FireRetry(runner, definition, first);
        var third = await FireRetry(runner, definition, second);

        Assert.Equal((RunOutcome.Suspended, RunOutcome.Suspended, RunOutcome.Finished), (first.Outcome, second.Outcome, third.Outcome));
        var wait1 = first.CreatedBookmarks.Single().FireAt!.Value - FakeTime.Default;
        var wait2 = second.CreatedBookmarks.Single().FireAt!.Value - FakeTime.Default;
        Assert.InRange(wait1, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        Assert.InRange(wait2, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        Assert.Equal(BookmarkKind.Timer, first.CreatedBookmarks.Single().Kind);
        Assert.Empty(third.State.Incidents);
        Assert.Equal(3, third.State.Journal.Count(j => j is { ActivityId: "call", Event: JournalEvent.Started }));
        Assert.Contains("Try 1 of 3 failed", first.NewJournalEntries.Single(j => j.Event == JournalEvent.Suspended).Message);
    }

    [Fact]
    public async Task Retry_EveryTryFails_IncidentOnlyAfterTheLast()
    {
        var runner = RunnerFixture.Runner();
        var definition = Flow("Test.Failing", retries: 2);

        var first = await runner.StartAsync(definition);
        var second = await FireRetry(runner, definition, first);
        var third = await FireRetry(runner, definition, second);

        Assert.Empty(first.NewIncidents);
        Assert.Empty(second.NewIncidents);
        Assert.Equal(RunOutcome.Faulted, third.Outcome);
        Assert.Contains("the last of 3 tries", Assert.Single(third.NewIncidents).Message);
    }

    [Fact]
    public void Descriptor_RetryInputs_OfferedOnCallsNotOnFlowControl()
    {
        var inputs = (string type) => RunnerFixture.Registry.Find(type)!.Inputs.Where(i => i.Category == "Retry").Select(i => i.Name);

        Assert.Equal(["RetryAttempts", "RetryDelay"], inputs("Test.Flaky"));
        Assert.Equal(["RetryAttempts", "RetryDelay"], inputs("Claims.HumanTask"));
        Assert.Empty(inputs("Elsa.Start"));
        Assert.Empty(inputs("Elsa.Decision"));
        Assert.Empty(inputs("Elsa.Finish"));
    }
}
