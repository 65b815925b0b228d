using System.Text.Json.Nodes;
using Claims.Workflows.Definitions;
using Claims.Workflows.Expressions;

namespace Claims.Workflows.Activities;

/// <summary>
/// Studio saves a node without the inputs nobody touched (a new human task has no <c>outcomes</c>); like Elsa, which
/// serializes every input, the saved node gets each missing input that has a default or is a list (empty).
/// </summary>
public static class InputDefaults
{
    /// <summary>Fills the missing inputs of every node whose type is known; returns true if anything changed.</summary>
    public static bool Apply(WorkflowDefinition definition, ActivityRegistry registry)
    {
        var changed = false;
        foreach (var node in definition.Flowchart.Activities)
        {
            foreach (var input in registry.Find(node)?.Inputs.Where(i => i.IsWrapped) ?? [])
            {
                if (node.Property(input.Name) is not null || Default(input) is not { } expression)
                {
                    continue;
                }

                node.SetProperty(input.Name, InputValue.Create(input.TypeName, expression));
                changed = true;
            }
        }

        return changed;
    }

    private static ExpressionValue? Default(InputDescriptor input) =>
        input.DefaultValue is { } value ? new ExpressionValue(input.DefaultSyntax, JsonValue.Create(value))
        : TypeAliases.IsStringList(input.Property.PropertyType) ? new ExpressionValue(ExpressionSyntax.Object, JsonValue.Create("[]"))
        : null;
}
