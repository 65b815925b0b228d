using System.Text.Json.Nodes;
using Claims.Workflows.Definitions;

namespace Claims.Tests.Workflows;

/// <summary>Builds small flowchart definitions in code: activities, connections and variables.</summary>
public sealed class FlowBuilder
{
    private readonly JsonArray _activities = [];
    private readonly JsonArray _connections = [];
    private readonly List<WorkflowVariable> _variables = [];

    public static JsonObject Literal(string typeName, string value) => Expr(typeName, "Literal", value);

    public static JsonObject Js(string typeName, string code) => Expr(typeName, "JavaScript", code);

    public static JsonObject Ref(string typeName, string variableId) => new()
    {
        ["typeName"] = typeName,
        ["memoryReference"] = new JsonObject { ["id"] = variableId },
    };

    public FlowBuilder Activity(string id, string type, params (string Key, JsonNode? Value)[] properties)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = type, ["version"] = 1, ["name"] = id + "1" };
        foreach (var (key, value) in properties)
        {
            activity[key] = value;
        }

        _activities.Add(activity);
        return this;
    }

    public FlowBuilder Connect(string from, string to, string port = "Done")
    {
        _connections.Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = from, ["port"] = port },
            ["target"] = new JsonObject { ["activity"] = to, ["port"] = "In" },
        });
        return this;
    }

    public FlowBuilder Variable(string name, string typeName, string? value = null)
    {
        _variables.Add(new WorkflowVariable { Id = "id-" + name, Name = name, TypeName = typeName, Value = value });
        return this;
    }

    public WorkflowDefinition Build()
    {
        var definition = new WorkflowDefinition
        {
            Id = "v1",
            DefinitionId = "test",
            Name = "Test",
            Version = 1,
            Variables = _variables,
            Root = new JsonObject
            {
                ["id"] = "f1", ["type"] = "Elsa.Flowchart", ["version"] = 1, ["name"] = "Flowchart1",
                ["activities"] = _activities.DeepClone(), ["connections"] = _connections.DeepClone(),
            },
        };
        WorkflowDefinitionSerializer.Normalize(definition);
        return definition;
    }

    private static JsonObject Expr(string typeName, string syntax, string value) => new()
    {
        ["typeName"] = typeName,
        ["expression"] = new JsonObject { ["type"] = syntax, ["value"] = value },
    };
}
