using System.Text.Json.Nodes;
using Claims.Workflows.Definitions;

namespace Claims.Workflows.Engine;

/// <summary>The parent of a dispatched child: its instance, the dispatching activity and the bookmark to resume (null: fire and forget).</summary>
public sealed record ParentLink(Guid InstanceId, string ActivityId, Guid? BookmarkId);

/// <summary>A child instance to start once the parent's run commits; its id is chosen here so a redelivered start is recognised.</summary>
public sealed record ChildDispatch(Guid ChildInstanceId, string DefinitionId, JsonObject Input, BusinessObjectReference? BusinessObject, ParentLink Parent);

/// <summary>How a child ended, as its parent's bookmark receives it.</summary>
public sealed record ChildCompletion(Guid ChildInstanceId, string DefinitionId, WorkflowStatus Status, JsonObject? Output)
{
    public JsonObject ToPayload() => new()
    {
        ["childInstanceId"] = ChildInstanceId,
        ["definitionId"] = DefinitionId,
        ["status"] = Status.ToString(),
        ["output"] = Output?.DeepClone(),
    };

    public static ChildCompletion? FromPayload(JsonNode? payload) =>
        payload is JsonObject o
        && o["childInstanceId"] is JsonValue id && id.TryGetValue(out Guid childId)
        && o["status"] is JsonValue s && Enum.TryParse<WorkflowStatus>(s.GetValue<string>(), out var status)
            ? new ChildCompletion(childId, o["definitionId"]?.GetValue<string>() ?? "", status, o["output"] as JsonObject)
            : null;
}

public static class ChildWorkflows
{
    /// <summary>
    /// The child's input keyed by the names its definition declares: Studio stores a usable-as-activity node's inputs
    /// camel-cased ("x" for an input declared "X"), and the child reads them as declared.
    /// </summary>
    public static JsonObject Input(WorkflowDefinition definition, JsonObject input)
    {
        var declared = definition.Inputs.OfType<JsonObject>()
            .Select(i => i["name"] is JsonValue v && v.TryGetValue(out string? n) ? n : null).OfType<string>().ToList();
        var result = new JsonObject();
        foreach (var (key, value) in input)
        {
            var name = declared.FirstOrDefault(d => string.Equals(d, key, StringComparison.OrdinalIgnoreCase)) ?? key;
            result[name] = value?.DeepClone();
        }

        return result;
    }

    /// <summary>
    /// As Elsa, a workflow's output is its declared outputs (definition "outputs", read from the variables of the same name);
    /// a definition that declares none hands over all its variables.
    /// </summary>
    public static JsonObject Output(WorkflowDefinition definition, WorkflowState state)
    {
        var names = definition.Outputs.OfType<JsonObject>()
            .Select(o => o["name"] is JsonValue v && v.TryGetValue(out string? n) ? n : null).OfType<string>().ToList();
        if (names.Count == 0)
        {
            return (JsonObject)state.Variables.DeepClone();
        }

        var output = new JsonObject();
        foreach (var name in names)
        {
            output[name] = state.Variables[name]?.DeepClone();
        }

        return output;
    }
}
