using System.Text.Json.Nodes;
using Claims.Workflows.Definitions;
using Claims.Workflows.Engine;
using static Claims.Tests.Workflows.FlowBuilder;

namespace Claims.Tests.Workflows;

/// <summary>Concurrent branches: Elsa.FlowFork or one outcome wired to several nodes, merged by Elsa.FlowJoin.</summary>
public class ForkJoinRunnerTests
{
    private static FlowBuilder Task(FlowBuilder flow, string id) => flow.Activity(id, "Claims.HumanTask",
        ("kind", Literal("String", id)), ("assigneeRole", Literal("String", "Adjuster")), ("outcomes", Literal("StringList", "Done")));

    /// <summary>start → fork → survey (task), police (task) → join(mode) → finish.</summary>
    private static WorkflowDefinition SurveyAndPolice(string mode, bool explicitFork = true)
    {
        var flow = new FlowBuilder().Activity("start", "Elsa.Start");
        Task(Task(flow, "survey"), "police")
            .Activity("join", "Elsa.FlowJoin", ("mode", Literal("String", mode)))
            .Activity("end", "Elsa.Finish");
        if (explicitFork)
        {
            flow.Activity("fork", "Elsa.FlowFork", ("branches", Literal("StringList", "[\"Survey\",\"Police\"]")))
                .Connect("start", "fork").Connect("fork", "survey", "Survey").Connect("fork", "police", "Police");
        }
        else
        {
            flow.Connect("start", "survey").Connect("start", "police");
        }

        return flow.Connect("survey", "join").Connect("police", "join").Connect("join", "end").Build();
    }

    private static Task<RunResult> Resume(WorkflowDefinition definition, RunResult previous, string activityId) =>
        RunnerFixture.Runner().ResumeAsync(definition, WorkflowState.FromJson(previous.State.ToJson()),
            previous.State.Bookmarks.Single(b => b.ActivityId == activityId).Id, new ResumeInput("Done"));

    private static int Count(RunResult result, string activityId, JournalEvent @event) =>
        result.State.Journal.Count(j => j.ActivityId == activityId && j.Event == @event);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Fork_TwoBranches_BothTasksWaitAtOnce(bool explicitFork)
    {
        var result = await RunnerFixture.Runner().StartAsync(SurveyAndPolice("WaitAll", explicitFork));

        Assert.Equal(RunOutcome.Suspended, result.Outcome);
        Assert.Equal(["police", "survey"], result.CreatedBookmarks.Select(b => b.ActivityId).Order());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task WaitAll_OneBranchDone_JoinWaitsThenRunsOnceAfterTheOther(bool explicitFork)
    {
        var definition = SurveyAndPolice("WaitAll", explicitFork);
        var started = await RunnerFixture.Runner().StartAsync(definition);

        var first = await Resume(definition, started, "police");
        var second = await Resume(definition, first, "survey");

        Assert.Equal(RunOutcome.Suspended, first.Outcome);
        Assert.Equal(0, Count(first, "join", JournalEvent.Started));
        Assert.Equal([new FlowToken("join", "police", "Done")], first.State.Tokens);
        Assert.Equal(RunOutcome.Finished, second.Outcome);
        Assert.Equal(1, Count(second, "join", JournalEvent.Completed));
        Assert.Equal(1, Count(second, "end", JournalEvent.Completed));
        Assert.Empty(second.State.Tokens);
    }

    [Fact]
    public async Task WaitAny_FirstBranchDone_JoinRunsAndCancelsTheOtherTask()
    {
        var definition = SurveyAndPolice("WaitAny");
        var started = await RunnerFixture.Runner().StartAsync(definition);
        var survey = started.State.Bookmarks.Single(b => b.ActivityId == "survey");

        var first = await Resume(definition, started, "police");

        Assert.Equal(RunOutcome.Finished, first.Outcome);
        Assert.Equal(1, Count(first, "join", JournalEvent.Completed));
        Assert.Equal(1, Count(first, "survey", JournalEvent.Cancelled));
        Assert.Contains(first.RemovedBookmarks, b => b.Id == survey.Id);
        Assert.Empty(first.State.Bookmarks);
        var late = await RunnerFixture.Runner().ResumeAsync(definition, first.State, survey.Id, new ResumeInput("Done"));
        Assert.Equal(RunOutcome.BookmarkAlreadyConsumed, late.Outcome);
    }

    [Fact]
    public async Task WaitAny_ImmediateBranches_OtherBranchNeverRuns()
    {
        var definition = new FlowBuilder()
            .Variable("Hits", "Int32", "0")
            .Activity("start", "Elsa.Start")
            .Activity("fork", "Elsa.FlowFork", ("branches", Literal("StringList", "[\"A\",\"B\"]")))
            .Activity("a", "Elsa.SetVariable", ("variable", Var("Hits")), ("value", Js("Object", "Hits + 1")))
            .Activity("b", "Elsa.SetVariable", ("variable", Var("Hits")), ("value", Js("Object", "Hits + 10")))
            .Activity("join", "Elsa.FlowJoin", ("mode", Literal("String", "WaitAny")))
            .Activity("end", "Elsa.Finish")
            .Connect("start", "fork").Connect("fork", "a", "A").Connect("fork", "b", "B")
            .Connect("a", "join").Connect("b", "join").Connect("join", "end").Build();

        var result = await RunnerFixture.Runner().StartAsync(definition);

        Assert.Equal(RunOutcome.Finished, result.Outcome);
        Assert.Equal(1, result.State.Variables["Hits"]!.GetValue<int>());
        Assert.Equal(1, Count(result, "b", JournalEvent.Cancelled));
        Assert.Equal(1, Count(result, "join", JournalEvent.Completed));
    }

    [Fact]
    public async Task WaitAll_JoinInsideLoop_RunsOncePerRound()
    {
        var flow = new FlowBuilder().Variable("Round", "Int32", "0").Variable("A", "Int32", "0").Variable("B", "Int32", "0")
            .Activity("a", "Elsa.SetVariable", ("variable", Var("A")), ("value", Js("Object", "A + 1")))
            .Activity("b", "Elsa.SetVariable", ("variable", Var("B")), ("value", Js("Object", "B + 1")));
        var definition = RoundsThroughJoin(flow, "a", "b", rounds: 3);

        var result = await RunnerFixture.Runner().StartAsync(definition);

        Assert.Empty(RunnerFixture.Validator().Validate(definition));
        Assert.Equal(RunOutcome.Finished, result.Outcome);
        Assert.Equal((3, 3, 3), (Int("Round"), Int("A"), Int("B")));
        Assert.Equal(3, Count(result, "join", JournalEvent.Completed));
        int Int(string name) => result.State.Variables[name]!.GetValue<int>();
    }

    [Fact]
    public async Task WaitAll_JoinInsideLoopWithTasks_EachRoundWaitsForBothTasks()
    {
        var definition = RoundsThroughJoin(Task(Task(new FlowBuilder().Variable("Round", "Int32", "0"), "survey"), "police"), "survey", "police", rounds: 2);

        var run = await RunnerFixture.Runner().StartAsync(definition);
        for (var round = 0; round < 2; round++)
        {
            run = await Resume(definition, run, "survey");
            Assert.Equal((RunOutcome.Suspended, round), (run.Outcome, run.State.Variables["Round"]!.GetValue<int>()));
            run = await Resume(definition, run, "police");
        }

        Assert.Equal(RunOutcome.Finished, run.Outcome);
        Assert.Equal(2, run.State.Variables["Round"]!.GetValue<int>());
    }

    [Fact]
    public async Task WaitAll_BranchTakesAnotherPath_JoinDoesNotWaitForIt()
    {
        var flow = new FlowBuilder().Activity("start", "Elsa.Start")
            .Activity("fork", "Elsa.FlowFork", ("branches", Literal("StringList", "[\"Survey\",\"Check\"]")));
        var definition = Task(flow, "survey")
            .Activity("check", "Elsa.Decision", ("condition", Js("Boolean", "false")))
            .Activity("skip", "Elsa.SetVariable", ("variable", Var("Note")), ("value", Literal("String", "skipped")))
            .Variable("Note", "String")
            .Activity("join", "Elsa.FlowJoin", ("mode", Literal("String", "WaitAll")))
            .Activity("end", "Elsa.Finish")
            .Connect("start", "fork").Connect("fork", "survey", "Survey").Connect("fork", "check", "Check")
            .Connect("check", "join", "True").Connect("check", "skip", "False")
            .Connect("survey", "join").Connect("join", "end").Build();
        var started = await RunnerFixture.Runner().StartAsync(definition);

        var resumed = await Resume(definition, started, "survey");

        Assert.Equal(RunOutcome.Finished, resumed.Outcome);
        Assert.Equal(1, Count(resumed, "join", JournalEvent.Completed));
    }

    [Fact]
    public async Task NestedForks_InnerJoinThenOuterJoin_EachRunsOnce()
    {
        var definition = new FlowBuilder()
            .Variable("Log", "String", "")
            .Activity("start", "Elsa.Start")
            .Activity("outer", "Elsa.FlowFork", ("branches", Literal("StringList", "[\"P\",\"Q\"]")))
            .Activity("inner", "Elsa.FlowFork", ("branches", Literal("StringList", "[\"P1\",\"P2\"]")))
            .Activity("p1", "Elsa.SetVariable", ("variable", Var("Log")), ("value", Js("Object", "Log + 'p1'")))
            .Activity("p2", "Elsa.SetVariable", ("variable", Var("Log")), ("value", Js("Object", "Log + 'p2'")))
            .Activity("q", "Elsa.SetVariable", ("variable", Var("Log")), ("value", Js("Object", "Log + 'q'")))
            .Activity("innerJoin", "Elsa.FlowJoin", ("mode", Literal("String", "WaitAll")))
            .Activity("outerJoin", "Elsa.FlowJoin", ("mode", Literal("String", "WaitAll")))
            .Activity("after", "Elsa.SetVariable", ("variable", Var("Log")), ("value", Js("Object", "Log + '|'")))
            .Activity("end", "Elsa.Finish")
            .Connect("start", "outer").Connect("outer", "inner", "P").Connect("outer", "q", "Q")
            .Connect("inner", "p1", "P1").Connect("inner", "p2", "P2").Connect("p1", "innerJoin").Connect("p2", "innerJoin")
            .Connect("innerJoin", "outerJoin").Connect("q", "outerJoin").Connect("outerJoin", "after").Connect("after", "end").Build();

        var result = await RunnerFixture.Runner().StartAsync(definition);

        Assert.Empty(RunnerFixture.Validator().Validate(definition));
        Assert.Equal(RunOutcome.Finished, result.Outcome);
        Assert.EndsWith("|", result.State.Variables["Log"]!.GetValue<string>());
        Assert.Equal(1, result.State.Variables["Log"]!.GetValue<string>().Count(c => c == '|'));
        Assert.Equal((1, 1), (Count(result, "innerJoin", JournalEvent.Completed), Count(result, "outerJoin", JournalEvent.Completed)));
    }

    [Fact]
    public async Task TwoBranchesMeetWithoutJoin_NodeRunsOnceAfterBoth()
    {
        var flow = new FlowBuilder().Variable("Hits", "Int32", "0").Activity("start", "Elsa.Start");
        var definition = Task(Task(flow, "survey"), "police")
            .Activity("merge", "Elsa.SetVariable", ("variable", Var("Hits")), ("value", Js("Object", "Hits + 1")))
            .Activity("end", "Elsa.Finish")
            .Connect("start", "survey").Connect("start", "police").Connect("survey", "merge").Connect("police", "merge")
            .Connect("merge", "end").Build();
        var started = await RunnerFixture.Runner().StartAsync(definition);

        var first = await Resume(definition, started, "survey");
        var second = await Resume(definition, first, "police");

        Assert.Equal(0, Count(first, "merge", JournalEvent.Started));
        Assert.Equal(RunOutcome.Finished, second.Outcome);
        Assert.Equal(1, second.State.Variables["Hits"]!.GetValue<int>());
    }

    /// <summary>start → fork → (a, b) → join(WaitAll) → Round + 1 → again while Round &lt; rounds, else finish.</summary>
    private static WorkflowDefinition RoundsThroughJoin(FlowBuilder flow, string a, string b, int rounds) => flow
        .Activity("start", "Elsa.Start")
        .Activity("fork", "Elsa.FlowFork", ("branches", Literal("StringList", "[\"A\",\"B\"]")))
        .Activity("join", "Elsa.FlowJoin", ("mode", Literal("String", "WaitAll")))
        .Activity("next", "Elsa.SetVariable", ("variable", Var("Round")), ("value", Js("Object", "Round + 1")))
        .Activity("again", "Elsa.Decision", ("condition", Js("Boolean", $"Round < {rounds}")))
        .Activity("end", "Elsa.Finish")
        .Connect("start", "fork").Connect("fork", a, "A").Connect("fork", b, "B")
        .Connect(a, "join").Connect(b, "join").Connect("join", "next").Connect("next", "again")
        .Connect("again", "fork", "True").Connect("again", "end", "False").Build();

    private static JsonObject Var(string name) => new() { ["id"] = "id-" + name, ["name"] = name };
}
