using Claims.Workflows.Definitions;
using static Claims.Tests.Workflows.FlowBuilder;

namespace Claims.Tests.Workflows;

/// <summary>Publish-time checks of concurrent branches: a node two branches reach needs a join in front of it.</summary>
public class ForkJoinValidatorTests
{
    private static FlowBuilder Fork(string mergeType) => new FlowBuilder()
        .Activity("start", "Elsa.Start")
        .Activity("fork", "Elsa.FlowFork", ("branches", Literal("StringList", "[\"A\",\"B\"]")))
        .Activity("a", "Elsa.Delay", ("duration", Literal("TimeSpan", "00:01:00")))
        .Activity("b", "Elsa.Delay", ("duration", Literal("TimeSpan", "00:02:00")))
        .Activity("merge", mergeType)
        .Activity("end", "Elsa.Finish")
        .Connect("start", "fork").Connect("fork", "a", "A").Connect("fork", "b", "B")
        .Connect("a", "merge").Connect("b", "merge").Connect("merge", "end");

    [Fact]
    public void Validate_BranchesMergedByJoin_HasNoErrors()
    {
        Assert.Empty(RunnerFixture.Validator().Validate(Fork("Elsa.FlowJoin").Build()));
    }

    [Fact]
    public void Validate_BranchesMeetWithoutJoin_NamesTheNodeAndTheFork()
    {
        var error = Assert.Single(RunnerFixture.Validator().Validate(Fork("Elsa.Delay").Build()));

        Assert.Equal("merge", error.ActivityId);
        Assert.Contains("fork1 (fork)", error.Message);
        Assert.Contains("Elsa.FlowJoin", error.Message);
    }

    [Fact]
    public void Validate_OnePortWiredToTwoNodesThatMeet_NamesTheNode()
    {
        var definition = new FlowBuilder()
            .Activity("start", "Elsa.Start").Activity("a", "Elsa.Delay", ("duration", Literal("TimeSpan", "00:01:00")))
            .Activity("b", "Elsa.Delay", ("duration", Literal("TimeSpan", "00:01:00"))).Activity("end", "Elsa.Finish")
            .Connect("start", "a").Connect("start", "b").Connect("a", "end").Connect("b", "a").Build();

        var error = Assert.Single(RunnerFixture.Validator().Validate(definition));

        Assert.Equal("a", error.ActivityId);
    }

    [Fact]
    public void Validate_JoinWithUnknownMode_NamesTheMode()
    {
        var definition = Fork("Elsa.FlowJoin").Build();
        definition.Flowchart.Find("merge")!.Json["mode"] = Literal("String", "WaitSome");

        var error = Assert.Single(RunnerFixture.Validator().Validate(definition));

        Assert.Contains("'WaitSome'", error.Message);
    }
}
