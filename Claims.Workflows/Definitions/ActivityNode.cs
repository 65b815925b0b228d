using System.Text.Json;
using System.Text.Json.Nodes;

namespace Claims.Workflows.Definitions;

/// <summary>A typed view over one activity's JSON; reads and writes go to the underlying object.</summary>
public sealed class ActivityNode(JsonObject json)
{
    public JsonObject Json { get; } = json;

    public string Id => Text("id") ?? "";
    public string Type => Text("type") ?? "";
    public int Version => Json["version"] is JsonValue v && v.TryGetValue(out int n) ? n : 1;
    public string? Name => Text("name");
    public string? NodeId => Text("nodeId");

    /// <summary>"Name (id)" for messages.</summary>
    public string Label => Name is { Length: > 0 } name ? $"{name} ({Id})" : Id;

    /// <summary>The stored property of an input or output, by its PascalCase or camelCase name.</summary>
    public JsonNode? Property(string name) => Json[JsonNamingPolicy.CamelCase.ConvertName(name)];

    public void SetProperty(string name, JsonNode? value) => Json[JsonNamingPolicy.CamelCase.ConvertName(name)] = value;

    private string? Text(string key) => Json[key] is JsonValue v && v.TryGetValue(out string? s) ? s : null;
}
