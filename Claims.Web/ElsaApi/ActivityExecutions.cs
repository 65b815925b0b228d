using System.Text.Json;
using System.Text.Json.Nodes;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Activities;
using Claims.Workflows.Definitions;
using Claims.Workflows.Expressions;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.ElsaApi;

/// <summary>
/// The viewer's activity executions, one per start of a node, built from our journal: the list and summaries (per
/// node) and one record by id (<c>{instance}-{sequence of its start}</c>) with its inputs, outcome, timing, status and
/// the fault's message (never a stack trace).
/// </summary>
public static class ActivityExecutions
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/activity-executions/list", List);
        api.MapGet("/activity-execution-summaries/list", List);
        api.MapGet("/activity-executions/by-id", ById);
    }

    public static async Task<IResult> List(Guid workflowInstanceId, string? activityNodeId, ClaimsDbContext db, WorkflowDefinitionStore store, ActivityRegistry registry, CancellationToken ct)
    {
        var (rows, definition) = await LoadAsync(workflowInstanceId, db, store, ct);
        var items = rows.Where(j => j.EventName == "Started" && (activityNodeId == null || j.NodeId == activityNodeId))
            .Select(start => (JsonNode)Record(start, rows, definition, registry));
        return ElsaResults.Json(ElsaResults.ItemsAndCount(items));
    }

    public static async Task<IResult> ById(string id, ClaimsDbContext db, WorkflowDefinitionStore store, ActivityRegistry registry, CancellationToken ct)
    {
        if (!TryParseId(id, out var instanceId, out var sequence))
        {
            return TypedResults.NotFound();
        }

        var (rows, definition) = await LoadAsync(instanceId, db, store, ct);
        var start = rows.FirstOrDefault(j => j.Sequence == sequence && j.EventName == "Started");
        return start is null ? TypedResults.NotFound() : ElsaResults.Json(Record(start, rows, definition, registry));
    }

    /// <summary>An execution id is <c>{instance id without dashes}-{sequence of its Started entry}</c>.</summary>
    internal static bool TryParseId(string id, out Guid instanceId, out long sequence)
    {
        var dash = id.LastIndexOf('-');
        instanceId = Guid.Empty;
        sequence = 0;
        return dash > 0 && Guid.TryParseExact(id[..dash], "N", out instanceId) && long.TryParse(id[(dash + 1)..], out sequence);
    }

    internal static async Task<(List<JournalRecord> Rows, WorkflowDefinition? Definition)> LoadAsync(Guid instanceId, ClaimsDbContext db, WorkflowDefinitionStore store, CancellationToken ct)
    {
        var rows = await db.Set<JournalRecord>().AsNoTracking().Where(j => j.WorkflowInstanceId == instanceId).OrderBy(j => j.Sequence).ToListAsync(ct);
        var versionId = await db.Set<WorkflowInstanceRecord>().AsNoTracking().Where(i => i.Id == instanceId).Select(i => i.DefinitionVersionId).SingleOrDefaultAsync(ct);
        return (rows, versionId is null ? null : await store.LoadAsync(versionId, ct));
    }

    /// <summary>The execution ends at the node's next Completed, Faulted or Cancelled entry; a Suspended one in between means it waits on a bookmark.</summary>
    internal static JsonObject Record(JournalRecord start, List<JournalRecord> rows, WorkflowDefinition? definition, ActivityRegistry registry)
    {
        var chain = ActivityCallStack.Chain(start, rows, definition);
        var scheduler = chain.Count > 1 ? chain[^2] : null;
        var later = rows.Where(j => j.ActivityId == start.ActivityId && j.Sequence > start.Sequence)
            .TakeWhile(j => j.EventName != "Started").ToList();
        var end = later.FirstOrDefault(j => j.EventName is "Completed" or "Faulted" or "Cancelled");
        var node = definition?.Flowchart.Find(start.ActivityId);
        var status = end?.EventName switch { null => "Running", "Cancelled" => "Canceled", var name => name }; // Elsa spells it Canceled
        return new JsonObject
        {
            ["id"] = $"{start.WorkflowInstanceId:N}-{start.Sequence}",
            ["workflowInstanceId"] = start.WorkflowInstanceId.ToString(),
            ["activityId"] = start.ActivityId,
            ["activityNodeId"] = start.NodeId ?? start.ActivityId,
            ["activityType"] = start.ActivityType,
            ["activityTypeVersion"] = node?.Version ?? 1,
            ["activityName"] = node?.Name ?? start.ActivityId,
            ["activityState"] = Inputs(node, registry),
            ["payload"] = start.PayloadJson is null ? new JsonObject() : JsonNode.Parse(start.PayloadJson),
            ["outputs"] = end?.Outcome is { Length: > 0 } outcome ? new JsonObject { ["outcome"] = outcome } : new JsonObject(),
            ["properties"] = new JsonObject(),
            ["metadata"] = new JsonObject(),
            ["exception"] = end is { EventName: "Faulted" } fault
                ? new JsonObject { ["type"] = "ActivityFault", ["message"] = fault.Message ?? "The activity faulted.", ["stackTrace"] = null, ["innerException"] = null }
                : null,
            ["startedAt"] = InstanceJson.Utc(start.Timestamp),
            ["hasBookmarks"] = end is null && later.Any(j => j.EventName == "Suspended"),
            ["status"] = status,
            ["aggregateFaultCount"] = status == "Faulted" ? 1 : 0,
            ["completedAt"] = end is null ? null : InstanceJson.Utc(end.Timestamp),
            ["schedulingActivityExecutionId"] = scheduler is null ? null : $"{scheduler.WorkflowInstanceId:N}-{scheduler.Sequence}",
            ["schedulingActivityId"] = scheduler?.ActivityId,
            ["schedulingWorkflowInstanceId"] = scheduler is null ? null : start.WorkflowInstanceId.ToString(),
            ["callStackDepth"] = chain.Count - 1,
        };
    }

    /// <summary>The inputs as configured on the node (expression text by input name), which is what the engine evaluated.</summary>
    private static JsonObject Inputs(ActivityNode? node, ActivityRegistry registry)
    {
        var inputs = new JsonObject();
        if (node is null || registry.Find(node) is not { } descriptor)
        {
            return inputs;
        }

        foreach (var input in descriptor.Inputs)
        {
            var raw = node.Property(input.Name);
            var value = InputValue.Read(raw);
            inputs[JsonNamingPolicy.CamelCase.ConvertName(input.Name)] = value?.Expression?.Text ?? (input.IsWrapped ? null : raw?.DeepClone());
        }

        return inputs;
    }
}
