using System.Text.Json.Nodes;

namespace Claims.Workflows.Expressions;

/// <summary>
/// A wrapped input or output property of an activity:
/// <c>{typeName, expression: {type, value}}</c> or <c>{typeName, memoryReference: {id}}</c>.
/// </summary>
public sealed record InputValue(string? TypeName, ExpressionValue? Expression, string? MemoryReferenceId)
{
    public static InputValue? Read(JsonNode? node)
    {
        if (node is not JsonObject obj)
        {
            return null;
        }

        var typeName = obj["typeName"] is JsonValue t && t.TryGetValue(out string? tn) ? tn : null;
        ExpressionValue? expression = null;
        if (obj["expression"] is JsonObject e && e["type"] is JsonValue et && et.TryGetValue(out string? syntax))
        {
            expression = new ExpressionValue(syntax, e["value"]);
        }

        var reference = obj["memoryReference"] is JsonObject m && m["id"] is JsonValue id && id.TryGetValue(out string? refId)
            ? refId
            : null;
        return new InputValue(typeName, expression, reference);
    }

    public static JsonObject Create(string typeName, ExpressionValue expression) => new()
    {
        ["typeName"] = typeName,
        ["expression"] = new JsonObject { ["type"] = expression.Type, ["value"] = expression.Value?.DeepClone() },
    };

    public static JsonObject Reference(string typeName, string variableId) => new()
    {
        ["typeName"] = typeName,
        ["memoryReference"] = new JsonObject { ["id"] = variableId },
    };
}
