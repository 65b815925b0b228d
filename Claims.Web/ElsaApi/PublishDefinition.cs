using System.Security.Claims;
using System.Text.Json.Nodes;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Activities;
using Claims.Workflows.Persistence;

namespace Claims.Web.ElsaApi;

/// <summary>POST /workflow-definitions/{id}/publish and /retract. Publishing runs the engine's validator first.</summary>
public static class PublishDefinition
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/workflow-definitions/{definitionId}/publish", Publish).RequireAuthorization(Policies.WorkflowDesigners);
        api.MapPost("/workflow-definitions/{definitionId}/retract", Retract).RequireAuthorization(Policies.WorkflowDesigners);
    }

    public static Task<IResult> Publish(string definitionId, ClaimsPrincipal user, ActivityRegistry registry, ClaimsDbContext db, WorkflowDefinitionStore store, CancellationToken ct) =>
        PublishAsync(definitionId, user, registry, db, store, ct);

    public static async Task<IResult> PublishAsync(string definitionId, ClaimsPrincipal user, ActivityRegistry registry, ClaimsDbContext db, WorkflowDefinitionStore store, CancellationToken ct)
    {
        var latest = await store.FindLatestAsync(definitionId, ct);
        if (latest is null)
        {
            return TypedResults.NotFound();
        }

        if (latest.IsPublished)
        {
            return ElsaResults.Json(DefinitionJson.SaveResponse(latest, user, registry, alreadyPublished: true));
        }

        var result = await store.PublishAsync(definitionId, ct);
        if (result.Outcome is SaveOutcome.Invalid)
        {
            return ElsaResults.Invalid(result.Errors);
        }

        await db.SaveChangesAsync(ct);
        return ElsaResults.Json(DefinitionJson.SaveResponse(result.Record!, user, registry));
    }

    public static async Task<IResult> Retract(string definitionId, ClaimsPrincipal user, ActivityRegistry registry, ClaimsDbContext db, WorkflowDefinitionStore store, CancellationToken ct)
    {
        var latest = await store.FindLatestAsync(definitionId, ct);
        if (latest is null)
        {
            return TypedResults.NotFound();
        }

        var retracted = await store.RetractAsync(definitionId, ct);
        if (retracted is null)
        {
            return ElsaResults.Invalid("definitionId", $"Workflow '{definitionId}' has no published version to retract.", "The workflow cannot be retracted.");
        }

        await db.SaveChangesAsync(ct);
        return ElsaResults.Json(DefinitionJson.Full(retracted, user, registry));
    }
}
