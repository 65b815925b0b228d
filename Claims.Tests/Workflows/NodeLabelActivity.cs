using Claims.Workflows.Activities;
using Claims.Workflows.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Workflows;

/// <summary>Which test node a service provider belongs to.</summary>
public sealed record NodeLabel(string Name);

/// <summary>Records in the variable RanOn the node that ran it, so a test can see where a child ran.</summary>
[Activity("Test.NodeLabel", Category = "Test")]
public sealed class NodeLabelActivity : Activity
{
    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.SetVariable("RanOn", context.Services.GetRequiredService<NodeLabel>().Name);
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
