using System.Text.Json.Nodes;

namespace Claims.Workflows.Definitions;

/// <summary>
/// Reads flowcharts exported from an Elsa 3 server: Elsa's own type names become ours, 3.0's flat connections
/// (<c>source</c>, <c>sourcePort</c>) become Studio's <c>{activity, port}</c> pairs, and unnamed activities get names.
/// </summary>
public static class ElsaInterchange
{
    /// <summary>Elsa's type name → the type that does the same here.</summary>
    public static readonly IReadOnlyDictionary<string, string> TypeAliases = new Dictionary<string, string>
    {
        ["Elsa.FlowDecision"] = "Elsa.Decision",
        ["Elsa.FlowSwitch"] = "Elsa.Switch",
        ["Elsa.End"] = "Elsa.Finish",
    };

    /// <summary>Rewrites the Elsa-only shapes in place; returns true if anything changed.</summary>
    public static bool Upgrade(JsonObject root)
    {
        // 3.0's bookkeeping (superseded by customProperties); its PascalCase keys would reach Studio as they are.
        var changed = root.Remove("applicationProperties");
        var activities = (root["activities"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var names = activities.Select(a => Text(a, "name")).OfType<string>().ToHashSet();
        foreach (var activity in activities)
        {
            if (Text(activity, "type") is { } type && TypeAliases.TryGetValue(type, out var ours))
            {
                activity["type"] = ours;
                changed = true;
            }

            if (Text(activity, "name") is null && Text(activity, "type") is { } typeName)
            {
                activity["name"] = UniqueName(typeName[(typeName.LastIndexOf('.') + 1)..], names);
                changed = true;
            }
        }

        foreach (var connection in (root["connections"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (connection["source"] is JsonValue && connection["target"] is JsonValue)
            {
                connection["source"] = new JsonObject { ["activity"] = Text(connection, "source"), ["port"] = Text(connection, "sourcePort") ?? "Done" };
                connection["target"] = new JsonObject { ["activity"] = Text(connection, "target"), ["port"] = Text(connection, "targetPort") ?? "In" };
                connection.Remove("sourcePort");
                connection.Remove("targetPort");
                changed = true;
            }
        }

        return changed;
    }

    private static string UniqueName(string shortName, HashSet<string> taken)
    {
        var n = 1;
        while (!taken.Add($"{shortName}{n}"))
        {
            n++;
        }

        return $"{shortName}{n}";
    }

    private static string? Text(JsonObject obj, string key) => obj[key] is JsonValue v && v.TryGetValue(out string? s) ? s : null;
}
