using System.Text.Json.Nodes;
using Claims.Workflows.Engine;
using static Claims.Tests.Workflows.FlowBuilder;

namespace Claims.Tests.Workflows;

public class WorkflowRunnerTests
{
    private static readonly BusinessObject Claim = new("claim", "C-17", JsonNode.Parse("""{"amount": 4000, "number": "C-17"}"""));

    [Fact]
    public async Task Start_StartToFinish_Finishes()
    {
        var definition = new FlowBuilder().Activity("s", "Elsa.Start").Activity("f", "Elsa.Finish").Connect("s", "f").Build();

        var result = await RunnerFixture.Runner().StartAsync(definition);

        Assert.Equal(RunOutcome.Finished, result.Outcome);
        Assert.Equal(WorkflowStatus.Finished, result.State.Status);
        Assert.Equal(FakeTime.Default, result.State.FinishedAt);
        Assert.Equal(
            [(1L, "s", JournalEvent.Started), (2L, "s", JournalEvent.Completed), (3L, "f", JournalEvent.Started), (4L, "f", JournalEvent.Completed)],
            result.NewJournalEntries.Select(j => (j.Sequence, j.ActivityId, j.Event)));
        Assert.Equal("Workflow1:f1:f", result.NewJournalEntries[^1].NodeId);
    }

    [Theory]
    [InlineData("claim.amount < 2500", "large")]
    [InlineData("claim.amount >= 2500", "small")]
    public async Task Decision_Condition_FollowsMatchingPort(string condition, string expectedFinish)
    {
        var definition = new FlowBuilder()
            .Activity("s", "Elsa.Start").Activity("d", "Elsa.Decision", ("condition", Js("Boolean", condition)))
            .Activity("small", "Elsa.Finish").Activity("large", "Elsa.Finish")
            .Connect("s", "d").Connect("d", "small", "True").Connect("d", "large", "False").Build();

        var result = await RunnerFixture.Runner().StartAsync(definition, businessObject: Claim);

        Assert.Equal(RunOutcome.Finished, result.Outcome);
        Assert.Equal(expectedFinish, result.State.Journal[^1].ActivityId);
    }

    [Theory]
    [InlineData(90, "High")]
    [InlineData(50, "Medium")]
    [InlineData(10, "Default")]
    public async Task Switch_Score_FollowsFirstMatchingCaseOrDefault(int score, string expectedPort)
    {
        var cases = JsonNode.Parse("""
            [{"label":"High","condition":{"type":"JavaScript","value":"Score > 80"}},
             {"label":"Medium","condition":{"type":"JavaScript","value":"Score > 40"}}]
            """);
        var definition = new FlowBuilder()
            .Variable("Score", "Int32", score.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Activity("s", "Elsa.Start").Activity("sw", "Elsa.Switch", ("cases", cases))
            .Activity("High", "Elsa.Finish").Activity("Medium", "Elsa.Finish").Activity("Default", "Elsa.Finish")
            .Connect("s", "sw").Connect("sw", "High", "High").Connect("sw", "Medium", "Medium").Connect("sw", "Default", "Default")
            .Build();

        var result = await RunnerFixture.Runner().StartAsync(definition);

        Assert.Equal(expectedPort, result.State.Journal.Single(j => j.ActivityId == "sw" && j.Event == JournalEvent.Completed).Outcome);
        Assert.Equal(expectedPort, result.State.Journal[^1].ActivityId);
    }

    [Fact]
    public async Task SetVariable_JavaScriptValue_StoresConvertedValue()
    {
        var definition = new FlowBuilder()
            .Variable("Total", "Decimal", "100")
            .Activity("s", "Elsa.Start")
            .Activity("set", "Elsa.SetVariable",
                ("variable", new JsonObject { ["id"] = "id-Total", ["name"] = "Total", ["typeName"] = "Decimal" }),
                ("value", Js("Object", "Total + claim.amount * 0.5")))
            .Activity("f", "Elsa.Finish").Connect("s", "set").Connect("set", "f").Build();

        var result = await RunnerFixture.Runner().StartAsync(definition, businessObject: Claim);

        Assert.Equal(RunOutcome.Finished, result.Outcome);
        Assert.Equal(2100m, result.State.Variables["Total"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Start_WithInput_ExposesInputToExpressions()
    {
        var definition = new FlowBuilder()
            .Variable("Channel", "String")
            .Activity("s", "Elsa.Start")
            .Activity("set", "Elsa.SetVariable", ("variable", JsonValue.Create("Channel")), ("value", Js("Object", "input.channel")))
            .Connect("s", "set").Build();

        var result = await RunnerFixture.Runner().StartAsync(definition, new JsonObject { ["channel"] = "broker" });

        Assert.Equal("broker", result.State.Variables["Channel"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delay_Duration_CreatesTimerBookmarkAtNowPlusDuration()
    {
        var time = new FakeTime();
        var definition = new FlowBuilder()
            .Activity("s", "Elsa.Start").Activity("wait", "Elsa.Delay", ("duration", Literal("TimeSpan", "3.00:00:00")))
            .Activity("f", "Elsa.Finish").Connect("s", "wait").Connect("wait", "f").Build();
        var runner = RunnerFixture.Runner(time);

        var started = await runner.StartAsync(definition);
        var timer = Assert.Single(started.CreatedBookmarks);
        time.Advance(TimeSpan.FromDays(3));
        var resumed = await runner.ResumeAsync(definition, started.State, timer.Id);

        Assert.Equal(RunOutcome.Suspended, started.Outcome);
        Assert.Equal((BookmarkKind.Timer, FakeTime.Default.AddDays(3)), (timer.Kind, timer.FireAt));
        Assert.Equal(RunOutcome.Finished, resumed.Outcome);
        Assert.Equal(timer.Id, Assert.Single(resumed.RemovedBookmarks).Id);
    }

    [Fact]
    public async Task Delay_Until_FiresAtThatMoment()
    {
        var definition = new FlowBuilder()
            .Activity("s", "Elsa.Start").Activity("wait", "Elsa.Delay", ("until", Literal("DateTime", "2026-12-25T00:00:00Z")))
            .Connect("s", "wait").Build();

        var result = await RunnerFixture.Runner().StartAsync(definition);

        Assert.Equal(new DateTimeOffset(2026, 12, 25, 0, 0, 0, TimeSpan.Zero), Assert.Single(result.State.Bookmarks).FireAt);
    }

    [Theory]
    [InlineData("Int32", "7", "7")]
    [InlineData("Boolean", "true", "true")]
    [InlineData("String", "hello", "\"hello\"")]
    [InlineData("TimeSpan", "1.02:00:00", "\"1.02:00:00\"")]
    public async Task SetVariable_LiteralValue_ConvertsToDeclaredType(string typeName, string literal, string expectedJson)
    {
        var definition = new FlowBuilder()
            .Variable("X", typeName)
            .Activity("s", "Elsa.Start")
            .Activity("set", "Elsa.SetVariable", ("variable", JsonValue.Create("X")), ("value", Literal("Object", literal)))
            .Connect("s", "set").Build();

        var result = await RunnerFixture.Runner().StartAsync(definition);

        Assert.Equal(expectedJson, result.State.Variables["X"]!.ToJsonString());
    }

    [Fact]
    public async Task SetVariable_UndeclaredVariable_Faults()
    {
        var definition = new FlowBuilder()
            .Activity("s", "Elsa.Start")
            .Activity("set", "Elsa.SetVariable", ("variable", JsonValue.Create("Nope")), ("value", Literal("Object", "1")))
            .Connect("s", "set").Build();

        var result = await RunnerFixture.Runner().StartAsync(definition);

        Assert.Contains("'Nope' is not declared", Assert.Single(result.NewIncidents).Message);
    }

    [Fact]
    public async Task Decision_ConditionFromVariableReference_ReadsVariable()
    {
        var definition = new FlowBuilder()
            .Variable("Ok", "Boolean", "true")
            .Activity("s", "Elsa.Start").Activity("d", "Elsa.Decision", ("condition", Ref("Boolean", "id-Ok")))
            .Activity("yes", "Elsa.Finish").Activity("no", "Elsa.Finish")
            .Connect("s", "d").Connect("d", "yes", "True").Connect("d", "no", "False").Build();

        var result = await RunnerFixture.Runner().StartAsync(definition);

        Assert.Equal("yes", result.State.Journal[^1].ActivityId);
    }
}
