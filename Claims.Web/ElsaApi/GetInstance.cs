using System.Text.Json.Nodes;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Engine;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.ElsaApi;

/// <summary>One instance for the viewer: the summary with its <c>workflowState</c>, its polling state and its variables.</summary>
public static class GetInstance
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/workflow-instances/{id:guid}", Handle);
        api.MapGet("/workflow-instances/{id:guid}/execution-state", ExecutionState);
        api.MapGet("/workflow-instances/{id:guid}/variables", Variables);
    }

    public static async Task<IResult> Handle(Guid id, ClaimsDbContext db, CancellationToken ct)
    {
        var instance = await db.Set<WorkflowInstanceRecord>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (instance is null)
        {
            return TypedResults.NotFound();
        }

        var names = await ListInstances.NamesAsync(db, [instance.DefinitionVersionId], ct);
        var json = InstanceJson.Summary(instance, names.GetValueOrDefault(instance.DefinitionVersionId));
        json["workflowState"] = State(instance, WorkflowState.FromJson(instance.StateJson));
        return ElsaResults.Json(json);
    }

    public static async Task<IResult> ExecutionState(Guid id, ClaimsDbContext db, CancellationToken ct)
    {
        var instance = await db.Set<WorkflowInstanceRecord>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (instance is null)
        {
            return TypedResults.NotFound();
        }

        var (status, subStatus) = InstanceJson.ElsaStatus(instance.Status);
        return ElsaResults.Json(new JsonObject
        {
            ["status"] = status,
            ["subStatus"] = subStatus,
            ["workflowSubStatus"] = subStatus,
            ["updatedAt"] = InstanceJson.Utc(instance.UpdatedAt),
        });
    }

    public static async Task<IResult> Variables(Guid id, ClaimsDbContext db, WorkflowDefinitionStore store, CancellationToken ct)
    {
        var instance = await db.Set<WorkflowInstanceRecord>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (instance is null)
        {
            return TypedResults.NotFound();
        }

        var state = WorkflowState.FromJson(instance.StateJson);
        var definition = await store.LoadAsync(instance.DefinitionVersionId, ct);
        var items = (definition?.Variables ?? []).Select(v => (JsonNode)new JsonObject
        {
            ["id"] = v.Id,
            ["name"] = v.Name,
            ["typeName"] = v.TypeName,
            ["isArray"] = v.IsArray,
            ["storageDriverTypeName"] = v.StorageDriverTypeName ?? "Memory",
            ["value"] = state.Variables[v.Name]?.DeepClone(),
        });
        return ElsaResults.Json(ElsaResults.ItemsAndCount(items));
    }

    private static JsonObject State(WorkflowInstanceRecord instance, WorkflowState state)
    {
        var (status, subStatus) = InstanceJson.ElsaStatus(state.Status);
        return new JsonObject
        {
            ["id"] = state.Id.ToString(),
            ["definitionId"] = state.DefinitionId,
            ["definitionVersionId"] = state.DefinitionVersionId,
            ["definitionVersion"] = state.DefinitionVersion,
            ["correlationId"] = instance.CorrelationId,
            ["status"] = status,
            ["subStatus"] = subStatus,
            ["bookmarks"] = new JsonArray([.. state.Bookmarks.Select(b => new JsonObject
            {
                ["id"] = b.Id.ToString(),
                ["name"] = b.Name ?? b.Kind.ToString(),
                ["hash"] = b.Id.ToString("N"),
                ["payload"] = b.Payload?.DeepClone(),
                ["activityId"] = b.ActivityId,
                ["activityNodeId"] = b.ActivityNodeId,
                ["activityInstanceId"] = b.ActivityNodeId,
                ["createdAt"] = b.CreatedAt,
            })]),
            ["incidents"] = new JsonArray([.. state.Incidents.Select(i => new JsonObject
            {
                ["activityId"] = i.ActivityId,
                ["activityNodeId"] = i.NodeId,
                ["activityType"] = i.ActivityType,
                ["message"] = i.Message,
                ["exception"] = i.ExceptionType is null ? null : new JsonObject { ["type"] = i.ExceptionType, ["message"] = i.Message },
                ["timestamp"] = i.Timestamp,
            })]),
            ["fault"] = null,
            ["completionCallbacks"] = new JsonArray(),
            ["activityExecutionContexts"] = new JsonArray(),
            ["input"] = state.Input.DeepClone(),
            ["output"] = new JsonObject(),
            ["properties"] = new JsonObject(),
            ["createdAt"] = state.CreatedAt,
            ["updatedAt"] = state.UpdatedAt,
            ["finishedAt"] = state.FinishedAt,
        };
    }
}
