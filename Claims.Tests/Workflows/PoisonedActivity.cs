using Claims.Workflows.Activities;
using Claims.Workflows.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Workflows;

/// <summary>A call that fails on every try while its <see cref="PoisonCause"/> is broken, as a garage system rejecting a claim does until someone fixes the data.</summary>
[Activity("Test.Poisoned", Category = "Test")]
public sealed class PoisonedActivity : Activity
{
    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.Services.GetRequiredService<PoisonCause>().Broken)
        {
            throw new InvalidOperationException("The garage's system rejects the claim.");
        }

        context.Complete();
        return ValueTask.CompletedTask;
    }
}

/// <summary>The operator's fix: a test flips <see cref="Broken"/> off between tries.</summary>
public sealed class PoisonCause
{
    public bool Broken { get; set; } = true;
}
