using System.Security.Claims;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.ElsaApi;

/// <summary>Delete a workflow, delete an old version, and revert to an old version (it becomes the draft).</summary>
public static class ManageDefinition
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapDelete("/workflow-definitions/{definitionId}", Delete).RequireAuthorization(Policies.WorkflowDesigners);
        api.MapDelete("/workflow-definition-versions/{id}", DeleteVersion).RequireAuthorization(Policies.WorkflowDesigners);
        api.MapPost("/workflow-definitions/{definitionId}/revert/{version:int}", Revert).RequireAuthorization(Policies.WorkflowDesigners);
    }

    public static async Task<IResult> Delete(string definitionId, ClaimsDbContext db, CancellationToken ct)
    {
        var outcome = await DeleteAsync(definitionId, db, ct);
        return outcome switch
        {
            DeleteOutcome.NotFound => TypedResults.NotFound(),
            DeleteOutcome.InUse => ElsaResults.Invalid("definitionId", $"Workflow '{definitionId}' has instances that have not finished; retract it instead.", "The workflow cannot be deleted."),
            _ => TypedResults.NoContent(),
        };
    }

    public enum DeleteOutcome { Deleted, NotFound, InUse }

    /// <summary>Running instances keep their version, so a workflow with unfinished instances is not deleted.</summary>
    public static async Task<DeleteOutcome> DeleteAsync(string definitionId, ClaimsDbContext db, CancellationToken ct)
    {
        var versions = await db.Set<WorkflowDefinitionRecord>().Where(r => r.DefinitionId == definitionId).ToListAsync(ct);
        if (versions.Count == 0)
        {
            return DeleteOutcome.NotFound;
        }

        if (await db.Set<WorkflowInstanceRecord>().AnyAsync(i => i.DefinitionId == definitionId && (i.Status == WorkflowStatus.Running || i.Status == WorkflowStatus.Suspended || i.Status == WorkflowStatus.Faulted), ct))
        {
            return DeleteOutcome.InUse;
        }

        db.RemoveRange(versions);
        await db.SaveChangesAsync(ct);
        return DeleteOutcome.Deleted;
    }

    public static async Task<IResult> DeleteVersion(string id, ClaimsDbContext db, CancellationToken ct) =>
        await DeleteVersionAsync(id, db, ct) switch
        {
            (DeleteOutcome.NotFound, _) => TypedResults.NotFound(),
            (DeleteOutcome.InUse, var version) => ElsaResults.Invalid("id", $"Version {version} is the latest, the published one or used by instances.", "The version cannot be deleted."),
            _ => TypedResults.NoContent(),
        };

    /// <summary>Only an old version nobody runs goes: the latest is the design, the published one starts new instances.</summary>
    public static async Task<(DeleteOutcome Outcome, int Version)> DeleteVersionAsync(string id, ClaimsDbContext db, CancellationToken ct)
    {
        var version = await db.Set<WorkflowDefinitionRecord>().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (version is null)
        {
            return (DeleteOutcome.NotFound, 0);
        }

        if (version.IsLatest || version.IsPublished || await db.Set<WorkflowInstanceRecord>().AnyAsync(i => i.DefinitionVersionId == id, ct))
        {
            return (DeleteOutcome.InUse, version.Version);
        }

        db.Remove(version);
        await db.SaveChangesAsync(ct);
        return (DeleteOutcome.Deleted, version.Version);
    }

    public static async Task<IResult> Revert(string definitionId, int version, ClaimsPrincipal user, ActivityRegistry registry, ClaimsDbContext db, WorkflowDefinitionStore store, CancellationToken ct)
    {
        var old = await db.Set<WorkflowDefinitionRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.DefinitionId == definitionId && r.Version == version, ct);
        if (old is null)
        {
            return TypedResults.NotFound();
        }

        var definition = WorkflowDefinitionStore.ToDefinition(old);
        var saved = await store.SaveDraftAsync(definition, SaveDefinition.Source, ct);
        await db.SaveChangesAsync(ct);
        return ElsaResults.Json(DefinitionJson.Full(saved.Record!, user, registry));
    }
}
