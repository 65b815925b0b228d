using Claims.Domain.Common;
using Claims.Workflows.Activities;

namespace Claims.Tests.Workflows;

public class ActivityRegistryTests
{
    private static readonly ActivityRegistry Registry = RunnerFixture.Registry;

    [Theory]
    [InlineData("Elsa.Start")]
    [InlineData("Elsa.Finish")]
    [InlineData("Elsa.Decision")]
    [InlineData("Elsa.Switch")]
    [InlineData("Elsa.SetVariable")]
    [InlineData("Elsa.Delay")]
    [InlineData("Elsa.Flowchart")]
    [InlineData("Claims.HumanTask")]
    [InlineData("Test.Failing")]
    public void Registry_DefaultAndTestAssemblies_DiscoverActivity(string typeName)
    {
        Assert.NotNull(Registry.Find(typeName, 1));
    }

    [Fact]
    public void Descriptor_Start_IsStartAndNotTerminal()
    {
        var start = Registry.Find("Elsa.Start")!;

        Assert.True(start.IsStart);
        Assert.False(start.IsTerminal);
        Assert.Equal("Elsa", start.Namespace);
        Assert.Equal("Start", start.Name);
    }

    [Fact]
    public void Descriptor_Finish_IsTerminal()
    {
        Assert.True(Registry.Find("Elsa.Finish")!.IsTerminal);
    }

    [Fact]
    public void Descriptor_Decision_HasTrueAndFalsePortsAndBooleanInput()
    {
        var decision = Registry.Find("Elsa.Decision")!;

        Assert.Equal(["True", "False"], decision.Outcomes);
        var condition = Assert.Single(decision.Inputs);
        Assert.Equal(("Condition", "Boolean", "checkbox"), (condition.Name, condition.TypeName, condition.UiHint));
    }

    [Fact]
    public void Descriptor_HumanTask_DescribesInputsOutputsAndRoleDropdown()
    {
        var task = Registry.Find("Claims.HumanTask")!;

        Assert.Equal(ActivityKind.Task, task.Kind);
        Assert.Equal(["Kind", "Subject", "AssigneeRole", "AssigneeUser", "DueIn", "EscalateTo", "Outcomes", "Link", "RetryAttempts", "RetryDelay"],
            task.Inputs.Select(i => i.Name));
        var role = task.Inputs.Single(i => i.Name == "AssigneeRole");
        Assert.Equal("dropdown", role.UiHint);
        Assert.Equal(Roles.All, role.Options.Select(o => o.Value));
        Assert.Equal("TimeSpan", task.Inputs.Single(i => i.Name == "DueIn").TypeName);
        Assert.Equal("dynamic-outcomes", task.Inputs.Single(i => i.Name == "Outcomes").UiHint);
        Assert.Equal(["Data", "Outcome"], task.Outputs.Select(o => o.Name));
    }

    [Fact]
    public void Descriptor_Flowchart_IsHiddenContainer()
    {
        var flowchart = Registry.Find("Elsa.Flowchart")!;

        Assert.False(flowchart.IsBrowsable);
        Assert.True(flowchart.IsContainer);
    }

    [Fact]
    public void Descriptor_Serialized_OmitsClrTypes()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(Registry.Find("Elsa.Delay"), Claims.Workflows.Definitions.WorkflowJson.Options);

        Assert.Contains("\"typeName\":\"Elsa.Delay\"", json);
        Assert.DoesNotContain("clrType", json);
        Assert.DoesNotContain("property", json);
    }

    [Fact]
    public void Descriptor_MissingType_IsHiddenPlaceholder()
    {
        var missing = ActivityDescriptor.Missing("Motor.PayClaim", 2);

        Assert.Equal(("Motor.PayClaim", 2, false), (missing.TypeName, missing.Version, missing.IsBrowsable));
        Assert.Null(Registry.Find("Motor.PayClaim"));
    }
}
