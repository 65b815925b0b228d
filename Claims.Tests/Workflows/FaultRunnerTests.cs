using Claims.Workflows.Engine;
using static Claims.Tests.Workflows.FlowBuilder;

namespace Claims.Tests.Workflows;

public class FaultRunnerTests
{
    [Fact]
    public async Task Decision_InfiniteLoopCondition_FaultsWithTimeout()
    {
        var definition = new FlowBuilder()
            .Activity("s", "Elsa.Start").Activity("d", "Elsa.Decision", ("condition", Js("Boolean", "while(true){}")))
            .Activity("f", "Elsa.Finish").Connect("s", "d").Connect("d", "f", "True").Connect("d", "f", "False").Build();

        var result = await RunnerFixture.Runner().StartAsync(definition);

        Assert.Equal(RunOutcome.Faulted, result.Outcome);
        var incident = Assert.Single(result.NewIncidents);
        Assert.Equal(("d", "Elsa.Decision"), (incident.ActivityId, incident.ActivityType));
        Assert.Contains("timed out", incident.Message);
        Assert.Contains("Condition", incident.Message);
    }

    [Fact]
    public async Task Retry_AfterCauseFixed_ReExecutesFaultedActivityAndFinishes()
    {
        var definition = new FlowBuilder()
            .Variable("Healed", "Boolean", "false")
            .Activity("s", "Elsa.Start").Activity("rate", "Test.Failing").Activity("f", "Elsa.Finish")
            .Connect("s", "rate").Connect("rate", "f").Build();
        var runner = RunnerFixture.Runner();

        var faulted = await runner.StartAsync(definition);
        faulted.State.Variables["Healed"] = true;
        var retried = await runner.RetryAsync(definition, faulted.State);

        Assert.Equal(RunOutcome.Faulted, faulted.Outcome);
        Assert.Equal(("rate", "The rating service is down."), (faulted.NewIncidents[0].ActivityId, faulted.NewIncidents[0].Message));
        Assert.Contains(faulted.NewJournalEntries, j => j is { ActivityId: "rate", Event: JournalEvent.Faulted });
        Assert.Equal(RunOutcome.Finished, retried.Outcome);
        Assert.Equal("f", retried.State.Journal[^1].ActivityId);
    }

    [Fact]
    public async Task Retry_InstanceNotFaulted_IsRefused()
    {
        var definition = new FlowBuilder().Activity("s", "Elsa.Start").Build();
        var runner = RunnerFixture.Runner();
        var finished = await runner.StartAsync(definition);

        var result = await runner.RetryAsync(definition, finished.State);

        Assert.Equal(RunOutcome.NotResumable, result.Outcome);
    }

    [Fact]
    public async Task Runner_EndlessCycle_FaultsAfterMaxSteps()
    {
        var definition = new FlowBuilder()
            .Activity("s", "Elsa.Start").Activity("d", "Elsa.Decision", ("condition", Literal("Boolean", "true")))
            .Connect("s", "d").Connect("d", "d", "True").Connect("d", "d", "False").Build();

        var result = await RunnerFixture.Runner(maxSteps: 50).StartAsync(definition);

        Assert.Equal(RunOutcome.Faulted, result.Outcome);
        Assert.Contains("More than 50 steps", Assert.Single(result.NewIncidents).Message);
    }

    [Fact]
    public async Task Start_UnknownActivityType_Faults()
    {
        var definition = new FlowBuilder()
            .Activity("s", "Elsa.Start").Activity("pay", "Motor.PayClaim").Connect("s", "pay").Build();

        var result = await RunnerFixture.Runner().StartAsync(definition);

        Assert.Equal(RunOutcome.Faulted, result.Outcome);
        Assert.Contains("Motor.PayClaim", result.Message);
    }

    [Fact]
    public async Task Resume_FaultedInstance_IsNotResumable()
    {
        var definition = new FlowBuilder()
            .Variable("Healed", "Boolean", "false")
            .Activity("s", "Elsa.Start").Activity("wait", "Elsa.Delay", ("duration", Literal("TimeSpan", "01:00:00")))
            .Activity("rate", "Test.Failing").Connect("s", "wait").Connect("s", "rate").Build();
        var runner = RunnerFixture.Runner();
        var faulted = await runner.StartAsync(definition);

        var result = await runner.ResumeAsync(definition, faulted.State, faulted.State.Bookmarks[0].Id);

        Assert.Equal(RunOutcome.NotResumable, result.Outcome);
    }

    [Fact]
    public async Task Finish_OnOneBranch_RemovesOtherBranchBookmarks()
    {
        var definition = new FlowBuilder()
            .Activity("s", "Elsa.Start").Activity("wait", "Elsa.Delay", ("duration", Literal("TimeSpan", "01:00:00")))
            .Activity("f", "Elsa.Finish").Connect("s", "wait").Connect("s", "f").Build();

        var result = await RunnerFixture.Runner().StartAsync(definition);

        Assert.Equal(RunOutcome.Finished, result.Outcome);
        Assert.Empty(result.State.Bookmarks);
        Assert.Empty(result.CreatedBookmarks);
    }

    [Fact]
    public void State_SerializedAndRead_IsEqual()
    {
        var state = new WorkflowState { Id = Guid.NewGuid(), DefinitionId = "d", Status = WorkflowStatus.Suspended };
        state.Variables["X"] = 1;

        var json = state.ToJson();

        Assert.Contains("\"status\":\"Suspended\"", json);
        Assert.Equal(json, WorkflowState.FromJson(json).ToJson());
    }
}
