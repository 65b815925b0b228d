using System.Text.Json.Nodes;

namespace Claims.Workflows.Expressions;

/// <summary>What an expression can see: variables by name, the workflow input and the business object.</summary>
public sealed record ExpressionContext(
    JsonObject Variables,
    JsonObject? Input = null,
    string? BusinessObjectName = null,
    JsonNode? BusinessObject = null)
{
    /// <summary>Variable ids from the definition, so <c>{ "id": … }</c> references resolve to names.</summary>
    public IReadOnlyDictionary<string, string> VariableNamesById { get; init; } = new Dictionary<string, string>();

    public static ExpressionContext Empty() => new(new JsonObject());
}
