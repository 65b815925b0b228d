using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Claims.Workflows.Definitions;

/// <summary>
/// One version of an Elsa 3 workflow definition. The root flowchart stays a <see cref="JsonObject"/>
/// so designer data and properties we do not model survive a load and save untouched.
/// </summary>
public sealed class WorkflowDefinition
{
    /// <summary>The version id.</summary>
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public string? Name { get; set; }
    public string? Description { get; set; }
    public int Version { get; set; } = 1;
    public bool IsLatest { get; set; }
    public bool IsPublished { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? ToolVersion { get; set; }

    // Studio's create dialog posts these as null and crashes when it reads them back: a null becomes empty, as in Elsa.
    public List<WorkflowVariable> Variables { get; set => field = value ?? []; } = [];
    public JsonArray Inputs { get; set => field = value ?? []; } = [];
    public JsonArray Outputs { get; set => field = value ?? []; } = [];
    public JsonArray Outcomes { get; set => field = value ?? []; } = [];
    public JsonObject Options { get; set => field = value ?? []; } = [];
    public JsonObject CustomProperties { get; set => field = value ?? []; } = [];
    public JsonObject Root { get; set => field = value ?? []; } = [];

    /// <summary>Fields we do not model (materializerName, links, isReadonly…), kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    [JsonIgnore]
    public Flowchart Flowchart => new(Root);

    public WorkflowVariable? FindVariable(string idOrName) =>
        Variables.FirstOrDefault(v => v.Id == idOrName) ?? Variables.FirstOrDefault(v => v.Name == idOrName);
}
