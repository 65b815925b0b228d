using System.Text.Json.Nodes;

namespace Claims.Workflows.Expressions;

/// <summary>Reads a workflow variable, named either by a string or by <c>{ "id" | "name" }</c>.</summary>
public sealed class VariableEvaluator : IExpressionEvaluator
{
    public IReadOnlyList<string> Syntaxes { get; } = [ExpressionSyntax.Variable];

    public JsonNode? Evaluate(ExpressionValue expression, ExpressionContext context)
    {
        var name = ResolveName(expression.Value, context)
            ?? throw new ExpressionException($"Unknown variable {expression.Text}.");
        return context.Variables[name]?.DeepClone();
    }

    private static string? ResolveName(JsonNode? value, ExpressionContext context)
    {
        if (value is JsonValue v && v.TryGetValue(out string? text))
        {
            return context.Variables.ContainsKey(text) ? text
                : context.VariableNamesById.TryGetValue(text, out var byId) ? byId : null;
        }

        if (value is JsonObject o)
        {
            if (o["id"]?.GetValue<string>() is { } id && context.VariableNamesById.TryGetValue(id, out var name))
            {
                return name;
            }

            return o["name"]?.GetValue<string>();
        }

        return null;
    }
}
