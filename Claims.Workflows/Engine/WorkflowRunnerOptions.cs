namespace Claims.Workflows.Engine;

public sealed record WorkflowRunnerOptions
{
    /// <summary>Activities executed in one run before the instance faults as a probable infinite loop.</summary>
    public int MaxStepsPerRun { get; init; } = 10_000;
}
