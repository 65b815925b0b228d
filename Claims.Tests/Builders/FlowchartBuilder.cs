using System.Text.Json.Nodes;

namespace Claims.Tests.Builders;

/// <summary>Builds Elsa 3 flowchart JSON in the shape Studio saves, for engine tests.</summary>
public sealed class FlowchartBuilder(string definitionId, string name, int version = 1)
{
    private readonly JsonArray _activities = [];
    private readonly JsonArray _connections = [];
    private readonly JsonArray _variables = [];
    private int _x;

    public FlowchartBuilder Variable(string variableName, string typeName, string? value = null)
    {
        _variables.Add(new JsonObject
        {
            ["id"] = $"var-{variableName}", ["name"] = variableName, ["typeName"] = typeName, ["isArray"] = false,
            ["value"] = value, ["storageDriverTypeName"] = "Memory",
        });
        return this;
    }

    /// <summary>Adds an activity; inputs are (name, typeName, syntax, value).</summary>
    public FlowchartBuilder Activity(string id, string type, params (string Name, string TypeName, string Syntax, string Value)[] inputs)
    {
        var activity = new JsonObject
        {
            ["id"] = id, ["nodeId"] = $"Workflow1:root:{id}", ["type"] = type, ["version"] = 1, ["name"] = id,
            ["metadata"] = new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = _x += 220, ["y"] = 100 } } },
        };
        foreach (var (inputName, typeName, syntax, value) in inputs)
        {
            activity[char.ToLowerInvariant(inputName[0]) + inputName[1..]] = new JsonObject
            {
                ["typeName"] = typeName,
                ["expression"] = new JsonObject { ["type"] = syntax, ["value"] = value },
            };
        }

        _activities.Add(activity);
        return this;
    }

    public FlowchartBuilder Task(string id, string role, string outcomes) => Activity(id, "Claims.HumanTask",
        ("Kind", "String", "Literal", "Review"), ("Subject", "String", "Literal", $"Review {id}"),
        ("AssigneeRole", "String", "Literal", role), ("Outcomes", "StringList", "Literal", outcomes));

    public FlowchartBuilder SetVariable(string id, string variableName, string javaScript)
    {
        Activity(id, "Elsa.SetVariable", ("Value", "Object", "JavaScript", javaScript));
        // Studio stores the variable itself, unwrapped.
        _activities[^1]!["variable"] = new JsonObject { ["id"] = $"var-{variableName}", ["name"] = variableName };
        return this;
    }

    public FlowchartBuilder Connect(string source, string target, string port = "Done")
    {
        _connections.Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
            ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
            ["vertices"] = new JsonArray(),
        });
        return this;
    }

    public string Build() => new JsonObject
    {
        ["id"] = $"{definitionId}-v{version}",
        ["definitionId"] = definitionId,
        ["name"] = name,
        ["version"] = version,
        ["isLatest"] = true,
        ["isPublished"] = true,
        ["toolVersion"] = "3.8.2",
        ["variables"] = _variables.DeepClone(),
        ["inputs"] = new JsonArray(),
        ["outputs"] = new JsonArray(),
        ["outcomes"] = new JsonArray(),
        ["root"] = new JsonObject
        {
            ["id"] = "root", ["nodeId"] = "Workflow1:root", ["type"] = "Elsa.Flowchart", ["version"] = 1, ["name"] = "Flowchart1",
            ["activities"] = _activities.DeepClone(), ["connections"] = _connections.DeepClone(),
        },
    }.ToJsonString();

    /// <summary>Start → a task for the role → Finish.</summary>
    public static FlowchartBuilder SingleTask(string definitionId, string role = "Underwriter") =>
        new FlowchartBuilder(definitionId, "Single task")
            .Activity("start", "Elsa.Start").Task("review", role, "Approve").Activity("end", "Elsa.Finish")
            .Connect("start", "review").Connect("review", "end", "Approve");
}
