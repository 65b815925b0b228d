using Claims.Workflows.Engine;

namespace Claims.Workflows.Activities;

[Activity("Elsa.Decision", Category = "Flow", Description = "Continues through True or False.")]
[FlowNode("True", "False")]
public sealed class Decision : Activity
{
    [Input(Description = "The condition to evaluate.", DefaultSyntax = "JavaScript")]
    public bool Condition { get; set; }

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete(Condition ? "True" : "False");
        return ValueTask.CompletedTask;
    }
}
