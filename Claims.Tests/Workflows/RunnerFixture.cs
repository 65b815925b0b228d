using Claims.Workflows.Activities;
using Claims.Workflows.Definitions;
using Claims.Workflows.Engine;
using Claims.Workflows.Expressions;

namespace Claims.Tests.Workflows;

/// <summary>The engine as the app wires it, with a fake clock and this assembly's test activities.</summary>
public static class RunnerFixture
{
    public static readonly ActivityRegistry Registry =
        ActivityRegistry.CreateDefault().AddAssembly(typeof(RunnerFixture).Assembly);

    public static readonly ExpressionEvaluator Expressions =
        ExpressionEvaluator.CreateDefault(new JavaScriptOptions { Timeout = TimeSpan.FromMilliseconds(500) });

    public static WorkflowRunner Runner(TimeProvider? time = null, int maxSteps = 10_000) =>
        new(Registry, Expressions, time ?? new FakeTime(), new WorkflowRunnerOptions { MaxStepsPerRun = maxSteps });

    public static WorkflowValidator Validator() => new(Registry, Expressions);

    public static WorkflowDefinition LoadFixture(string name) =>
        WorkflowDefinitionSerializer.Deserialize(File.ReadAllText(FixturePath(name)));

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Workflows", "Fixtures", name);
}
