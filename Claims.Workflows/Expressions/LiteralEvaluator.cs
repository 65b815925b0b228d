using System.Text.Json.Nodes;

namespace Claims.Workflows.Expressions;

/// <summary>Literal values are strings; <see cref="ValueConverter"/> parses them to the declared type.</summary>
public sealed class LiteralEvaluator : IExpressionEvaluator
{
    public IReadOnlyList<string> Syntaxes { get; } = [ExpressionSyntax.Literal];

    public JsonNode? Evaluate(ExpressionValue expression, ExpressionContext context) => expression.Value?.DeepClone();
}
