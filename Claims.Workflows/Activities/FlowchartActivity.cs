using Claims.Workflows.Engine;

namespace Claims.Workflows.Activities;

/// <summary>The root container; described for Studio, never executed as a node.</summary>
[Activity("Elsa.Flowchart", Category = "Flow", IsBrowsable = false, IsContainer = true)]
public sealed class FlowchartActivity : Activity
{
    public override ValueTask ExecuteAsync(ActivityExecutionContext context) =>
        throw new NotSupportedException("A nested flowchart is not supported.");
}
