using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Tests.Workflows;

/// <summary>Throws until the variable <c>Healed</c> is true; exercises incidents and retry.</summary>
[Activity("Test.Failing", Category = "Test")]
public sealed class FailingActivity : Activity
{
    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (!context.GetVariable<bool>("Healed"))
        {
            throw new InvalidOperationException("The rating service is down.");
        }

        context.Complete();
        return ValueTask.CompletedTask;
    }
}
