using Claims.Workflows.Engine;

namespace Claims.Workflows.Activities;

/// <summary>Ends the whole instance, dropping other paths still running or waiting.</summary>
[Activity("Elsa.Finish", Category = "Flow", Description = "Finishes the workflow.", IsTerminal = true)]
public sealed class Finish : Activity
{
    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
