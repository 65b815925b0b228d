using Claims.Workflows.Engine;

namespace Claims.Workflows.Activities;

[Activity("Elsa.Start", Category = "Flow", Description = "Where the workflow begins.", IsStart = true)]
public sealed class Start : Activity
{
    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
