using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Tests.Workflows;

/// <summary>A call to something flaky: the first <see cref="FailTimes"/> tries throw, later ones succeed.</summary>
[Activity("Test.Flaky", Category = "Test")]
public sealed class FlakyActivity : Activity
{
    [Input]
    public int FailTimes { get; set; }

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.Attempt <= FailTimes)
        {
            throw new InvalidOperationException($"The garage's system did not answer (try {context.Attempt}).");
        }

        context.Complete();
        return ValueTask.CompletedTask;
    }
}
