using System.Text.Json.Nodes;
using Claims.Workflows.Definitions;
using Claims.Workflows.Engine;
using Claims.Workflows.Expressions;

namespace Claims.Workflows.Activities;

/// <summary>Continues through the first case whose condition holds, else through Default.</summary>
[Activity("Elsa.Switch", Category = "Flow", Description = "Continues through the first matching case.")]
public sealed class Switch : Activity
{
    public const string DefaultPort = "Default";

    [Input(Description = "Cases, each a label and a condition.", UiHint = "flow-switch-editor", IsWrapped = false)]
    public List<SwitchCase> Cases { get; set; } = [];

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var match = Cases.FirstOrDefault(c => c.Condition is { } condition && context.Evaluate<bool>(condition));
        context.Complete(match?.Label ?? DefaultPort);
        return ValueTask.CompletedTask;
    }

    public override IReadOnlyList<string> GetOutcomes(ActivityNode node, ActivityDescriptor descriptor)
    {
        var cases = node.Property(nameof(Cases)) as JsonArray ?? [];
        var labels = cases.Select(c => c?["label"] is JsonValue v && v.TryGetValue(out string? s) ? s : null).OfType<string>();
        return [.. labels, DefaultPort];
    }
}
