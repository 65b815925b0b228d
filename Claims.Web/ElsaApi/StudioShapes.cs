using System.Text.Json;
using System.Text.Json.Nodes;
using Claims.Workflows.Activities;
using Claims.Workflows.Definitions;
using Claims.Workflows.Expressions;

namespace Claims.Web.ElsaApi;

/// <summary>Rewrites what our engine accepts but Studio cannot read, before a definition goes to the designer.</summary>
public static class StudioShapes
{
    public const string DynamicOutcomesHint = "dynamic-outcomes";

    public static void Prepare(WorkflowDefinition definition, ActivityRegistry registry)
    {
        WorkflowDefinitionSerializer.Normalize(definition); // imported files may lack nodeIds; Studio needs them
        foreach (var node in definition.Flowchart.Activities)
        {
            foreach (var input in registry.Find(node)?.Inputs.Where(i => i.UiHint == DynamicOutcomesHint) ?? [])
            {
                OutcomesAsJsonArray(node, input.Name);
            }
        }
    }

    /// <summary>
    /// Studio parses a dynamic-outcomes value as a JSON array and, when that fails, draws an empty canvas without a
    /// word; our engine also accepts "Approve,Reject". Send the array form as an Object expression.
    /// </summary>
    private static void OutcomesAsJsonArray(ActivityNode node, string inputName)
    {
        if (node.Property(inputName) is not JsonObject wrapped || wrapped["expression"] is not JsonObject expression
            || expression["type"]?.GetValue<string>() is not (ExpressionSyntax.Literal or ExpressionSyntax.Object))
        {
            return;
        }

        var text = expression["value"] is JsonValue v && v.TryGetValue(out string? s) ? s.Trim() : "";
        if (text.StartsWith('['))
        {
            return;
        }

        var outcomes = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        expression["type"] = ExpressionSyntax.Object;
        expression["value"] = JsonSerializer.Serialize(outcomes);
    }
}
