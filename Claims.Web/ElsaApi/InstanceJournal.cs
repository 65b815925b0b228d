using System.Text.Json.Nodes;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.ElsaApi;

/// <summary>The viewer's journal, per-node execution counts (the badges) and per-node execution records, from our journal table.</summary>
public static class InstanceJournal
{
    public sealed record JournalFilter(List<string>? ActivityIds, List<string>? ActivityNodeIds, List<string>? EventNames);

    public sealed record JournalRequest(JournalFilter? Filter);

    public sealed record ReportRequest(Guid WorkflowInstanceId, List<string>? ActivityNodeIds);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/workflow-instances/{id:guid}/journal", Journal);
        api.MapPost("/activity-executions/report", Report);
    }

    public static async Task<IResult> Journal(Guid id, JournalRequest? request, int? skip, int? take, ClaimsDbContext db, CancellationToken ct)
    {
        var query = db.Set<JournalRecord>().AsNoTracking().Where(j => j.WorkflowInstanceId == id);
        var nodeIds = request?.Filter?.ActivityNodeIds ?? [];
        if (nodeIds.Count > 0)
        {
            query = query.Where(j => nodeIds.Contains(j.NodeId!));
        }

        var activityIds = request?.Filter?.ActivityIds ?? [];
        if (activityIds.Count > 0)
        {
            query = query.Where(j => activityIds.Contains(j.ActivityId));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(j => j.Sequence).Skip(Math.Max(skip ?? 0, 0)).Take(take is > 0 and <= 1000 ? take.Value : 100).ToListAsync(ct);
        return ElsaResults.Json(new JsonObject
        {
            ["items"] = new JsonArray([.. rows.Select(Record)]),
            ["totalCount"] = total,
        });
    }

    public static async Task<IResult> Report(ReportRequest request, ClaimsDbContext db, CancellationToken ct)
    {
        var rows = await db.Set<JournalRecord>().AsNoTracking().Where(j => j.WorkflowInstanceId == request.WorkflowInstanceId).ToListAsync(ct);
        var blocked = await db.Set<BookmarkRecord>().AsNoTracking()
            .Where(b => b.WorkflowInstanceId == request.WorkflowInstanceId && b.ConsumedAt == null).Select(b => b.ActivityId).ToListAsync(ct);
        var wanted = request.ActivityNodeIds ?? [];
        var stats = rows.GroupBy(j => (j.ActivityId, NodeId: j.NodeId ?? j.ActivityId))
            .Where(g => wanted.Count == 0 || wanted.Contains(g.Key.NodeId))
            .Select(g =>
            {
                var started = g.Count(j => j.EventName == "Started");
                var completed = g.Count(j => j.EventName == "Completed");
                var cancelled = g.Count(j => j.EventName == "Cancelled"); // a branch a WaitAny join cut off ended there
                return (JsonNode)new JsonObject
                {
                    ["activityId"] = g.Key.ActivityId,
                    ["activityNodeId"] = g.Key.NodeId,
                    ["startedCount"] = started,
                    ["completedCount"] = completed,
                    ["uncompletedCount"] = Math.Max(started - completed - cancelled, 0),
                    ["isBlocked"] = blocked.Contains(g.Key.ActivityId),
                    ["isFaulted"] = g.Any(j => j.EventName == "Faulted"),
                };
            });
        return ElsaResults.Json(new JsonObject { ["stats"] = new JsonArray([.. stats]) });
    }

    private static JsonObject Record(JournalRecord j) => new()
    {
        ["id"] = j.Id.ToString(),
        ["workflowInstanceId"] = j.WorkflowInstanceId.ToString(),
        ["activityInstanceId"] = $"{j.WorkflowInstanceId:N}-{j.ActivityId}",
        ["parentActivityInstanceId"] = null,
        ["activityId"] = j.ActivityId,
        ["activityType"] = j.ActivityType,
        ["activityTypeVersion"] = 1,
        ["activityName"] = j.ActivityId,
        ["nodeId"] = j.NodeId ?? j.ActivityId,
        ["timestamp"] = InstanceJson.Utc(j.Timestamp),
        ["sequence"] = j.Sequence,
        ["eventName"] = j.EventName,
        ["message"] = j.Message ?? (j.Outcome is null ? null : $"Outcome: {j.Outcome}"),
        ["source"] = null,
        ["activityState"] = null,
        ["payload"] = j.PayloadJson is null ? null : JsonNode.Parse(j.PayloadJson),
    };
}
