using System.Text.Json.Nodes;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Engine;
using Claims.Workflows.Hosting;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.ElsaApi;

/// <summary>The instance list's row and bulk menus: cancel, delete and export (one as JSON, several as a zip).</summary>
public static class InstanceActions
{
    public sealed record IdsRequest(List<string>? Ids);

    public sealed record BulkCancelRequest(List<string>? Ids, string? DefinitionVersionId, string? DefinitionId);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/cancel/workflow-instances/{id:guid}", Cancel).RequireAuthorization(Policies.WorkflowDesigners);
        api.MapDelete("/workflow-instances/{id:guid}", Delete).RequireAuthorization(Policies.WorkflowDesigners);
        api.MapGet("/workflow-instances/{id:guid}/export", Export);
        var bulk = api.MapGroup("/bulk-actions").RequireAuthorization(Policies.WorkflowDesigners);
        bulk.MapPost("/cancel/workflow-instances", BulkCancel);
        bulk.MapPost("/delete/workflow-instances/by-id", BulkDelete);
        bulk.MapPost("/export/workflow-instances", BulkExport);
    }

    public static async Task<IResult> Cancel(Guid id, ClaimsDbContext db, TimeProvider time, IWorkflowDispatcher dispatcher, CancellationToken ct)
    {
        var outcome = await WorkflowCancellation.CancelAsync(db, id, time.GetUtcNow().UtcDateTime, ct, dispatcher);
        await db.SaveChangesAsync(ct);
        return outcome switch
        {
            CancelOutcome.NotFound => TypedResults.NotFound(),
            CancelOutcome.AlreadyEnded => ElsaResults.Invalid("id", $"Workflow instance {id} has already ended.", "The instance cannot be cancelled."),
            _ => TypedResults.Ok(),
        };
    }

    /// <summary>By ids, or every running instance of a definition version (the definition list's row Cancel) or definition.</summary>
    public static async Task<IResult> BulkCancel(BulkCancelRequest request, ClaimsDbContext db, TimeProvider time, IWorkflowDispatcher dispatcher, CancellationToken ct)
    {
        var ids = ParseIds(request.Ids);
        if (request.DefinitionVersionId is not null || request.DefinitionId is not null)
        {
            ids.AddRange(await db.Set<WorkflowInstanceRecord>().AsNoTracking()
                .Where(i => (i.DefinitionVersionId == request.DefinitionVersionId || i.DefinitionId == request.DefinitionId)
                    && (i.Status == WorkflowStatus.Running || i.Status == WorkflowStatus.Suspended))
                .Select(i => i.Id).ToListAsync(ct));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var cancelled = 0;
        foreach (var id in ids.Distinct())
        {
            cancelled += await WorkflowCancellation.CancelAsync(db, id, now, ct, dispatcher) is CancelOutcome.Cancelled ? 1 : 0;
        }

        await db.SaveChangesAsync(ct);
        return ElsaResults.Json(new JsonObject { ["cancelledCount"] = cancelled });
    }

    public static async Task<IResult> Delete(Guid id, ClaimsDbContext db, TimeProvider time, CancellationToken ct) =>
        await DeleteAsync(db, [id], time.GetUtcNow().UtcDateTime, ct) == 0 ? TypedResults.NotFound() : TypedResults.Ok();

    public static async Task<IResult> BulkDelete(IdsRequest request, ClaimsDbContext db, TimeProvider time, CancellationToken ct) =>
        ElsaResults.Json(new JsonObject { ["deletedCount"] = await DeleteAsync(db, ParseIds(request.Ids), time.GetUtcNow().UtcDateTime, ct) });

    public static async Task<IResult> Export(Guid id, ClaimsDbContext db, CancellationToken ct)
    {
        var instance = await db.Set<WorkflowInstanceRecord>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
        return instance is null
            ? TypedResults.NotFound()
            : TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ExportJson(instance).ToJsonString()), "application/json", $"workflow-instance-{id:N}.json");
    }

    public static async Task<IResult> BulkExport(IdsRequest request, ClaimsDbContext db, CancellationToken ct)
    {
        var ids = ParseIds(request.Ids);
        var instances = await db.Set<WorkflowInstanceRecord>().AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(ct);
        var zip = Zip.Of(instances.Select(i => ($"workflow-instance-{i.Id:N}.json", ExportJson(i).ToJsonString())));
        return TypedResults.File(zip, "application/zip", "workflow-instances.zip");
    }

    /// <summary>Open tasks are cancelled (their rows stay for the audit trail); the instance and its engine rows go.</summary>
    private static async Task<int> DeleteAsync(ClaimsDbContext db, List<Guid> ids, DateTime now, CancellationToken ct)
    {
        var instances = await db.Set<WorkflowInstanceRecord>().Where(i => ids.Contains(i.Id)).ToListAsync(ct);
        var found = instances.Select(i => i.Id).ToList();
        foreach (var task in await db.Set<WorkTask>().Where(t => t.WorkflowInstanceId != null && found.Contains(t.WorkflowInstanceId.Value) && t.Status == WorkTaskStatus.Open).ToListAsync(ct))
        {
            task.Cancel(now);
        }

        db.RemoveRange(await db.Set<BookmarkRecord>().Where(b => found.Contains(b.WorkflowInstanceId)).ToListAsync(ct));
        db.RemoveRange(await db.Set<WorkflowTimerRecord>().Where(t => found.Contains(t.WorkflowInstanceId)).ToListAsync(ct));
        db.RemoveRange(await db.Set<JournalRecord>().Where(j => found.Contains(j.WorkflowInstanceId)).ToListAsync(ct));
        db.RemoveRange(await db.Set<IncidentRecord>().Where(i => found.Contains(i.WorkflowInstanceId)).ToListAsync(ct));
        db.RemoveRange(instances);
        await db.SaveChangesAsync(ct);
        return instances.Count;
    }

    private static JsonObject ExportJson(WorkflowInstanceRecord instance)
    {
        var json = InstanceJson.Summary(instance, null);
        json["workflowState"] = JsonNode.Parse(instance.StateJson);
        return json;
    }

    private static List<Guid> ParseIds(IEnumerable<string>? ids) =>
        [.. (ids ?? []).Select(s => Guid.TryParse(s, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)];
}
