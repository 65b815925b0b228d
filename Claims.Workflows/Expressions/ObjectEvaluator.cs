using System.Text.Json;
using System.Text.Json.Nodes;

namespace Claims.Workflows.Expressions;

/// <summary>Elsa's <c>Object</c> syntax: the value is JSON text (or already JSON).</summary>
public sealed class ObjectEvaluator : IExpressionEvaluator
{
    public IReadOnlyList<string> Syntaxes { get; } = [ExpressionSyntax.Object];

    public JsonNode? Evaluate(ExpressionValue expression, ExpressionContext context)
    {
        if (expression.Value is JsonValue v && v.TryGetValue(out string? text))
        {
            return Parse(text);
        }

        return expression.Value?.DeepClone();
    }

    public string? Check(ExpressionValue expression)
    {
        try
        {
            _ = Evaluate(expression, ExpressionContext.Empty());
            return null;
        }
        catch (ExpressionException ex)
        {
            return ex.Message;
        }
    }

    private static JsonNode? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new ExpressionException($"Invalid JSON: {ex.Message}", ex);
        }
    }
}
