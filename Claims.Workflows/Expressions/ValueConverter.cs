using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using Claims.Workflows.Definitions;

namespace Claims.Workflows.Expressions;

/// <summary>Converts literal text and JSON values to the CLR type an input declares.</summary>
public static class ValueConverter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private const DateTimeStyles UtcStyles = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;

    /// <summary>Empty text means "no value" and converts to null.</summary>
    public static bool TryParseLiteral(string? text, Type target, out object? value, out string? error)
    {
        value = null;
        error = null;
        var type = Nullable.GetUnderlyingType(target) ?? target;
        if (type == typeof(string))
        {
            value = text;
            return true;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var s = text.Trim();
        (var ok, value) = type switch
        {
            _ when type == typeof(int) => (int.TryParse(s, NumberStyles.Integer, Invariant, out var v), (object)v),
            _ when type == typeof(long) => (long.TryParse(s, NumberStyles.Integer, Invariant, out var v), v),
            _ when type == typeof(decimal) => (decimal.TryParse(s, NumberStyles.Number, Invariant, out var v), v),
            _ when type == typeof(double) => (double.TryParse(s, NumberStyles.Float, Invariant, out var v), v),
            _ when type == typeof(bool) => (bool.TryParse(s, out var v), v),
            _ when type == typeof(Guid) => (Guid.TryParse(s, out var v), v),
            _ when type == typeof(DateTime) => (DateTime.TryParse(s, Invariant, UtcStyles, out var v), v),
            _ when type == typeof(DateTimeOffset) => (DateTimeOffset.TryParse(s, Invariant, DateTimeStyles.AssumeUniversal, out var v), v),
            _ when type == typeof(TimeSpan) => (TryParseTimeSpan(s, out var v), v),
            _ when TypeAliases.IsStringList(type) => (true, ParseStringList(s)),
            // Free text in an Object field is a string, as Studio users type it.
            _ when type == typeof(object) || type == typeof(JsonNode) => (true, TryParseJson(s) ?? JsonValue.Create(s)),
            _ => (TryDeserialize(s, type, out var v), v),
        };

        if (!ok)
        {
            value = null;
            error = $"'{text}' is not a valid {TypeAliases.AliasOf(type)}.";
        }

        return ok;
    }

    /// <summary>Converts an evaluated JSON value; strings are parsed as literals when the target is not a string.</summary>
    public static object? Convert(JsonNode? node, Type target)
    {
        var type = Nullable.GetUnderlyingType(target) ?? target;
        if (node is null)
        {
            return null;
        }

        if (type == typeof(object) || type == typeof(JsonNode))
        {
            return node.DeepClone();
        }

        if (node is JsonValue jv && jv.TryGetValue(out string? text))
        {
            return TryParseLiteral(text, target, out var parsed, out var error) ? parsed : throw new ExpressionException(error!);
        }

        if (type == typeof(string))
        {
            return node.ToJsonString();
        }

        try
        {
            return node.Deserialize(type, WorkflowJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            throw new ExpressionException($"{node.ToJsonString()} is not a valid {TypeAliases.AliasOf(type)}.", ex);
        }
    }

    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        JsonNode n => n.DeepClone(),
        _ => JsonSerializer.SerializeToNode(value, WorkflowJson.Options),
    };

    private static bool TryParseTimeSpan(string s, out TimeSpan value)
    {
        if (TimeSpan.TryParse(s, Invariant, out value))
        {
            return true;
        }

        try
        {
            value = XmlConvert.ToTimeSpan(s); // ISO 8601 durations such as PT2H
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static List<string> ParseStringList(string s) =>
        s.StartsWith('[') && TryParseJson(s) is JsonArray array
            ? array.Select(x => x?.ToString() ?? "").ToList()
            : s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static JsonNode? TryParseJson(string s)
    {
        try
        {
            return JsonNode.Parse(s);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool TryDeserialize(string s, Type type, out object? value)
    {
        try
        {
            value = JsonSerializer.Deserialize(s, type, WorkflowJson.Options);
            return true;
        }
        catch (JsonException)
        {
            value = null;
            return false;
        }
    }
}
