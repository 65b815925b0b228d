using Claims.Workflows.Definitions;
using Claims.Workflows.Engine;
using Claims.Workflows.Expressions;

namespace Claims.Workflows.Activities;

/// <summary>Starts every named branch at once; an <see cref="FlowJoin"/> merges them again.</summary>
[Activity("Elsa.FlowFork", Category = "Flow", DisplayName = "Fork", Description = "Runs several branches at once.")]
public sealed class FlowFork : Activity
{
    [Input(Description = "The branches to run, e.g. Survey,Police report; each becomes a port.", UiHint = "dynamic-outcomes")]
    public List<string> Branches { get; set; } = [];

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete([.. Branches.Where(b => !string.IsNullOrWhiteSpace(b)).Distinct()]);
        return ValueTask.CompletedTask;
    }

    /// <summary>The ports are the branch names (a literal list); with none the fork has Elsa's single Done port.</summary>
    public override IReadOnlyList<string> GetOutcomes(ActivityNode node, ActivityDescriptor descriptor)
    {
        var value = InputValue.Read(node.Property(nameof(Branches)))?.Expression;
        var branches = value is { Type: ExpressionSyntax.Literal or ExpressionSyntax.Object }
            && ValueConverter.TryParseLiteral(value.Text, typeof(List<string>), out var list, out _) && list is List<string> names
            ? names.Where(b => !string.IsNullOrWhiteSpace(b)).Distinct().ToList()
            : [];
        return branches.Count > 0 ? branches : [ActivityDescriptor.DonePort];
    }
}
