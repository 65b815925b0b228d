using System.Text.Json.Nodes;
using Claims.Workflows.Definitions;
using Claims.Workflows.Expressions;

namespace Claims.Workflows.Engine;

/// <summary>Initial variable values of a new instance, by name, typed from the declared type.</summary>
internal static class VariableDefaults
{
    public static JsonObject For(WorkflowDefinition definition)
    {
        var variables = new JsonObject();
        foreach (var variable in definition.Variables)
        {
            variables[variable.Name] = Initial(variable);
        }

        return variables;
    }

    private static JsonNode? Initial(WorkflowVariable variable)
    {
        var type = TypeAliases.Resolve(variable.TypeName);
        if (variable.Value is JsonValue v && v.TryGetValue(out string? text) && type is not null && type != typeof(string))
        {
            return ValueConverter.TryParseLiteral(text, type, out var parsed, out _) ? ValueConverter.ToJson(parsed) : null;
        }

        return variable.Value?.DeepClone();
    }
}
