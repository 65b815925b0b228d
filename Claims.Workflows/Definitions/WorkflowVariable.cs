using System.Text.Json.Nodes;

namespace Claims.Workflows.Definitions;

/// <summary>A variable declared on a definition, as Studio saves it.</summary>
public sealed record WorkflowVariable
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string TypeName { get; init; } = "Object";
    public bool IsArray { get; init; }
    public JsonNode? Value { get; init; }
    public string? StorageDriverTypeName { get; init; }
}
