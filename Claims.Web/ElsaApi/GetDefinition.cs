using System.Security.Claims;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Activities;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.ElsaApi;

/// <summary>GET by definition id (with versionOptions) and by version id: the full model the editor and viewer open.</summary>
public static class GetDefinition
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/workflow-definitions/by-definition-id/{definitionId}", ByDefinitionId);
        api.MapGet("/workflow-definitions/by-id/{id}", ById);
    }

    public static async Task<IResult> ByDefinitionId(string definitionId, string? versionOptions, ClaimsPrincipal user, ActivityRegistry registry, ClaimsDbContext db, CancellationToken ct)
    {
        var record = await db.Set<WorkflowDefinitionRecord>().AsNoTracking()
            .Where(r => r.DefinitionId == definitionId).Filter(versionOptions)
            .OrderByDescending(r => r.Version).FirstOrDefaultAsync(ct);
        return record is null ? TypedResults.NotFound() : ElsaResults.Json(DefinitionJson.Full(record, user, registry));
    }

    public static async Task<IResult> ById(string id, ClaimsPrincipal user, ActivityRegistry registry, ClaimsDbContext db, CancellationToken ct)
    {
        var record = await db.Set<WorkflowDefinitionRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        return record is null ? TypedResults.NotFound() : ElsaResults.Json(DefinitionJson.Full(record, user, registry));
    }
}
