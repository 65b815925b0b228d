using Claims.Workflows.Definitions;
using static Claims.Tests.Workflows.FlowBuilder;

namespace Claims.Tests.Workflows;

public class WorkflowValidatorTests
{
    private static IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition) =>
        RunnerFixture.Validator().Validate(definition);

    private static FlowBuilder StartDecision(string condition) => new FlowBuilder()
        .Activity("s", "Elsa.Start")
        .Activity("d", "Elsa.Decision", ("condition", Js("Boolean", condition)))
        .Activity("f", "Elsa.Finish")
        .Connect("s", "d");

    [Fact]
    public void Validate_SampleFixture_HasNoErrors()
    {
        Assert.Empty(Validate(RunnerFixture.LoadFixture("claim-approval.json")));
    }

    [Fact]
    public void Validate_UnconnectedOutcome_NamesTheNodeAndPort()
    {
        var definition = StartDecision("true").Connect("d", "f", "True").Build();

        var error = Assert.Single(Validate(definition));

        Assert.Equal(("d", "d1"), (error.ActivityId, error.ActivityName));
        Assert.Contains("'False'", error.Message);
    }

    [Fact]
    public void Validate_TwoStarts_FlagsTheSecond()
    {
        var definition = new FlowBuilder()
            .Activity("s1", "Elsa.Start").Activity("s2", "Elsa.Start").Activity("f", "Elsa.Finish")
            .Connect("s1", "f").Connect("s2", "f").Build();

        var error = Assert.Single(Validate(definition));

        Assert.Equal("s2", error.ActivityId);
        Assert.Contains("one start", error.Message);
    }

    [Fact]
    public void Validate_NoStartAndTwoEntryNodes_IsAWorkflowError()
    {
        // With one entry node Elsa starts there; with two, nothing says which.
        var definition = new FlowBuilder().Activity("f", "Elsa.Finish").Activity("g", "Elsa.Finish").Build();

        Assert.Contains(Validate(definition), e => e.ActivityId is null && e.Message.Contains("start"));
    }

    [Fact]
    public void Validate_UnreachableNode_NamesIt()
    {
        var definition = new FlowBuilder()
            .Activity("s", "Elsa.Start").Activity("f", "Elsa.Finish").Activity("lost", "Elsa.Finish")
            .Connect("s", "f").Build();

        var error = Assert.Single(Validate(definition));

        Assert.Equal(("lost", "Not reachable from the start."), (error.ActivityId, error.Message));
    }

    [Fact]
    public void Validate_UnknownType_NamesTheNode()
    {
        var definition = new FlowBuilder()
            .Activity("s", "Elsa.Start").Activity("pay", "Motor.PayClaim").Activity("f", "Elsa.Finish")
            .Connect("s", "pay").Connect("pay", "f").Build();

        var error = Assert.Single(Validate(definition));

        Assert.Equal("pay", error.ActivityId);
        Assert.Contains("Motor.PayClaim", error.Message);
    }

    [Fact]
    public void Validate_BadLiteral_NamesTheNodeAndInput()
    {
        var definition = new FlowBuilder()
            .Activity("s", "Elsa.Start").Activity("wait", "Elsa.Delay", ("duration", Literal("TimeSpan", "two days")))
            .Activity("f", "Elsa.Finish").Connect("s", "wait").Connect("wait", "f").Build();

        var error = Assert.Single(Validate(definition));

        Assert.Equal("wait", error.ActivityId);
        Assert.Contains("Input 'Duration'", error.Message);
        Assert.Contains("two days", error.Message);
    }

    [Fact]
    public void Validate_JavaScriptSyntaxError_NamesTheNode()
    {
        var definition = StartDecision("claim.amount <").Connect("d", "f", "True").Connect("d", "f", "False").Build();

        var error = Assert.Single(Validate(definition));

        Assert.Equal("d", error.ActivityId);
        Assert.Contains("syntax", error.Message);
    }

    [Fact]
    public void Validate_SwitchCaseSyntaxErrorAndUnknownPort_AreBothReported()
    {
        var definition = new FlowBuilder()
            .Activity("s", "Elsa.Start")
            .Activity("sw", "Elsa.Switch", ("cases", System.Text.Json.Nodes.JsonNode.Parse(
                """[{"label":"High","condition":{"type":"JavaScript","value":"x >"}}]""")))
            .Activity("f", "Elsa.Finish")
            .Connect("s", "sw").Connect("sw", "f", "High").Connect("sw", "f", "Default").Connect("sw", "f", "Medium").Build();

        var errors = Validate(definition);

        Assert.All(errors, e => Assert.Equal("sw", e.ActivityId));
        Assert.Contains(errors, e => e.Message.Contains("syntax"));
        Assert.Contains(errors, e => e.Message.Contains("'Medium'"));
    }

    [Fact]
    public void Validate_ConnectionToMissingActivity_IsReported()
    {
        var definition = new FlowBuilder()
            .Activity("s", "Elsa.Start").Activity("f", "Elsa.Finish").Connect("s", "f").Connect("s", "ghost").Build();

        Assert.Contains(Validate(definition), e => e.ActivityId == "ghost" && e.Message.Contains("missing"));
    }

    [Fact]
    public void Validate_SequenceRoot_IsRejected()
    {
        var definition = new FlowBuilder().Build();
        definition.Root["type"] = "Elsa.Sequence";

        var error = Assert.Single(Validate(definition));

        Assert.Contains("Elsa.Flowchart", error.Message);
    }
}
