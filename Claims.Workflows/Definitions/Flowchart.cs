using System.Text.Json.Nodes;

namespace Claims.Workflows.Definitions;

/// <summary>Read helpers over an <c>Elsa.Flowchart</c> root: activities by id, connections by port.</summary>
public sealed class Flowchart
{
    public const string TypeName = "Elsa.Flowchart";

    public Flowchart(JsonObject root)
    {
        Root = root;
        Activities = (root["activities"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(a => new ActivityNode(a))
            .ToList();
        Connections = (root["connections"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(ReadConnection)
            .ToList();
    }

    public JsonObject Root { get; }
    public string Id => Root["id"]?.GetValue<string>() ?? "";
    public string? Type => Root["type"] is JsonValue v && v.TryGetValue(out string? s) ? s : null;
    public IReadOnlyList<ActivityNode> Activities { get; }
    public IReadOnlyList<FlowConnection> Connections { get; }

    public ActivityNode? Find(string activityId) => Activities.FirstOrDefault(a => a.Id == activityId);

    /// <summary>Elsa's rule: a start activity, else the root's <c>start</c> id (3.0 exports), else the only activity nothing leads to.</summary>
    public ActivityNode? StartActivity(Func<ActivityNode, bool> isStart) =>
        Activities.FirstOrDefault(isStart)
        ?? (Root["start"] is JsonValue v && v.TryGetValue(out string? id) ? Find(id) : null)
        ?? (Activities.Where(a => !Inbound(a.Id).Any()).ToList() is [var only] ? only : null);

    public IEnumerable<FlowConnection> Outbound(string activityId) =>
        Connections.Where(c => c.SourceActivity == activityId);

    public IEnumerable<FlowConnection> Outbound(string activityId, string port) =>
        Connections.Where(c => c.SourceActivity == activityId && string.Equals(c.SourcePort, port, StringComparison.Ordinal));

    public IEnumerable<FlowConnection> Inbound(string activityId) =>
        Connections.Where(c => c.TargetActivity == activityId);

    private static FlowConnection ReadConnection(JsonObject c) => new(
        Read(c["source"], "activity"), Read(c["source"], "port") is { Length: > 0 } p ? p : "Done",
        Read(c["target"], "activity"), Read(c["target"], "port") is { Length: > 0 } t ? t : "In");

    private static string Read(JsonNode? end, string key) =>
        end is JsonObject o && o[key] is JsonValue v && v.TryGetValue(out string? s) ? s : "";
}
