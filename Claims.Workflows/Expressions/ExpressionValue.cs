using System.Text.Json.Nodes;

namespace Claims.Workflows.Expressions;

/// <summary>An expression as Elsa stores it: <c>{ "type": "JavaScript", "value": "a + 1" }</c>.</summary>
public sealed record ExpressionValue(string Type, JsonNode? Value)
{
    public static ExpressionValue Literal(string? text) => new(ExpressionSyntax.Literal, text is null ? null : JsonValue.Create(text));

    public static ExpressionValue JavaScript(string code) => new(ExpressionSyntax.JavaScript, JsonValue.Create(code));

    /// <summary>The value as source text: strings as they are, anything else as JSON.</summary>
    public string? Text => Value switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out string? s) => s,
        _ => Value.ToJsonString(),
    };
}

public static class ExpressionSyntax
{
    public const string Literal = nameof(Literal);
    public const string Object = nameof(Object);
    public const string Variable = nameof(Variable);
    public const string JavaScript = nameof(JavaScript);
    public const string Liquid = nameof(Liquid);
}
