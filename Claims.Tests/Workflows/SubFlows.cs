using System.Text.Json.Nodes;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Engine;
using Claims.Workflows.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Claims.Tests.Workflows;

/// <summary>Parent and child definitions of the sub-workflow tests, and reads of their instances.</summary>
internal static class SubFlows
{
    /// <summary>Child: start → a task (Done) → Answer = input.x * 2 → finish.</summary>
    public static string WaitingChild(string definitionId) => new FlowchartBuilder(definitionId, "Child with a task")
        .Variable("Answer", "Object")
        .Activity("start", "Elsa.Start").Task("review", "Underwriter", "Done")
        .SetVariable("double", "Answer", "input.x * 2").Activity("end", "Elsa.Finish")
        .Connect("start", "review").Connect("review", "double").Connect("double", "end").Build();

    /// <summary>Parent: start → Elsa.DispatchWorkflow(child, {x: 21}, wait) → Result → Doubled = Result.Answer → finish.</summary>
    public static string Parent(string definitionId, string childId, string type = "Elsa.DispatchWorkflow") => Bind(new FlowchartBuilder(definitionId, "Parent")
        .Variable("Result", "Object").Variable("Doubled", "Object")
        .Activity("start", "Elsa.Start")
        .Activity("dispatch", type, ("WorkflowDefinitionId", "String", "Literal", childId), ("Input", "Object", "Object", """{"x":21}"""),
            ("WaitForCompletion", "Boolean", "Literal", "true"))
        .SetVariable("read", "Doubled", "getVariable('Result').Answer").Activity("end", "Elsa.Finish")
        .Connect("start", "dispatch").Connect("dispatch", "read").Connect("read", "end").Build(), "dispatch", "result", "var-Result");

    /// <summary>A node's output property bound to a variable, as Studio saves it.</summary>
    public static string Bind(string json, string activityId, string property, string variableId) =>
        Edit(json, d => Activity(d, activityId)[property] = new JsonObject
        {
            ["typeName"] = "Object", ["memoryReference"] = new JsonObject { ["id"] = variableId },
        });

    public static string Edit(string json, Action<JsonObject> edit)
    {
        var definition = JsonNode.Parse(json)!.AsObject();
        edit(definition);
        return definition.ToJsonString();
    }

    public static JsonObject Activity(JsonObject definition, string id) =>
        definition["root"]!["activities"]!.AsArray().OfType<JsonObject>().Single(a => (string?)a["id"] == id);

    public static Task<WorkflowState> StateAsync(WebApplicationFactory<Program> app, Guid id) =>
        app.WithDbAsync(async db => WorkflowState.FromJson(
            await db.Set<WorkflowInstanceRecord>().AsNoTracking().Where(i => i.Id == id).Select(i => i.StateJson).SingleAsync()));

    /// <summary>The children of a parent, by the link each child's state keeps.</summary>
    public static Task<List<Guid>> ChildrenAsync(WebApplicationFactory<Program> app, Guid parentId, string childDefinitionId) =>
        app.WithDbAsync(async db => (await db.Set<WorkflowInstanceRecord>().AsNoTracking().Where(i => i.DefinitionId == childDefinitionId)
                .Select(i => new { i.Id, i.StateJson }).ToListAsync())
            .Where(i => WorkflowState.FromJson(i.StateJson).Parent?.InstanceId == parentId).Select(i => i.Id).ToList());
}
