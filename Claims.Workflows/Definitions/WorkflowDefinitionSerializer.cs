using System.Text.Json;
using System.Text.Json.Nodes;

namespace Claims.Workflows.Definitions;

/// <summary>Loads and saves Elsa 3 definition JSON, and completes what Studio leaves out on create.</summary>
public static class WorkflowDefinitionSerializer
{
    public const string WorkflowPrefix = "Workflow1";

    public static WorkflowDefinition Deserialize(string json) =>
        JsonSerializer.Deserialize<WorkflowDefinition>(json, WorkflowJson.Options)
        ?? throw new JsonException("The workflow definition is null.");

    public static WorkflowDefinition Deserialize(JsonNode json) =>
        json.Deserialize<WorkflowDefinition>(WorkflowJson.Options)
        ?? throw new JsonException("The workflow definition is null.");

    public static string Serialize(WorkflowDefinition definition, bool indented = false) =>
        JsonSerializer.Serialize(definition, indented ? WorkflowJson.Indented : WorkflowJson.Options);

    public static JsonObject ToJsonObject(WorkflowDefinition definition) =>
        JsonSerializer.SerializeToNode(definition, WorkflowJson.Options)!.AsObject();

    /// <summary>
    /// Fills a bare root <c>{id, type, version, name}</c> with empty <c>activities</c> and <c>connections</c>
    /// and assigns missing <c>nodeId</c>s (<c>Workflow1:&lt;rootId&gt;:&lt;activityId&gt;</c>). Returns true if anything changed.
    /// </summary>
    public static bool Normalize(WorkflowDefinition definition)
    {
        var root = definition.Root;
        var changed = false;
        if (root["id"] is null)
        {
            root["id"] = NewId();
            changed = true;
        }

        changed |= SetIfMissing(root, "type", Flowchart.TypeName);
        changed |= SetIfMissing(root, "version", 1);
        changed |= SetIfMissing(root, "name", "Flowchart1");
        var rootId = root["id"]!.ToString();
        changed |= SetIfMissing(root, "nodeId", $"{WorkflowPrefix}:{rootId}");
        if (root["activities"] is not JsonArray activities)
        {
            root["activities"] = activities = [];
            changed = true;
        }

        if (root["connections"] is not JsonArray)
        {
            root["connections"] = new JsonArray();
            changed = true;
        }

        changed |= ElsaInterchange.Upgrade(root);
        foreach (var activity in activities.OfType<JsonObject>())
        {
            changed |= SetIfMissing(activity, "nodeId", $"{WorkflowPrefix}:{rootId}:{activity["id"]}");
        }

        return changed;
    }

    /// <summary>A 16-hex id like the ones Studio generates.</summary>
    public static string NewId() => Guid.NewGuid().ToString("N")[..16];

    private static bool SetIfMissing(JsonObject obj, string key, JsonNode value)
    {
        if (obj[key] is not null)
        {
            return false;
        }

        obj[key] = value;
        return true;
    }
}
