using System.Text.Json.Nodes;

namespace Claims.Workflows.Expressions;

/// <summary>Evaluates one expression syntax to a JSON value; conversion to the input's type happens after.</summary>
public interface IExpressionEvaluator
{
    IReadOnlyList<string> Syntaxes { get; }

    JsonNode? Evaluate(ExpressionValue expression, ExpressionContext context);

    /// <summary>Null when the expression is well-formed, else the reason.</summary>
    string? Check(ExpressionValue expression) => null;
}
