using System.Security.Claims;
using System.Text.Json.Nodes;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Persistence;

namespace Claims.Web.ElsaApi;

/// <summary>The list's bulk menu (publish, retract and delete by definition ids) and the version history's bulk delete.</summary>
public static class BulkActions
{
    public sealed record Request(List<string>? DefinitionIds);

    public sealed record VersionsRequest(List<string>? Ids);

    public static void Map(RouteGroupBuilder api)
    {
        var bulk = api.MapGroup("/bulk-actions").RequireAuthorization(Policies.WorkflowDesigners);
        bulk.MapPost("/publish/workflow-definitions/by-definition-ids", Publish);
        bulk.MapPost("/retract/workflow-definitions/by-definition-ids", Retract);
        bulk.MapPost("/delete/workflow-definitions/by-definition-id", Delete);
        bulk.MapPost("/delete/workflow-definitions/by-id", DeleteVersions);
    }

    public static async Task<IResult> Publish(Request request, ClaimsDbContext db, WorkflowDefinitionStore store, CancellationToken ct)
    {
        List<string> published = [], alreadyPublished = [], notFound = [], skipped = [];
        foreach (var id in request.DefinitionIds ?? [])
        {
            var latest = await store.FindLatestAsync(id, ct);
            if (latest is null)
            {
                notFound.Add(id);
            }
            else if (latest.IsPublished)
            {
                alreadyPublished.Add(id);
            }
            else if ((await store.PublishAsync(id, ct)).Outcome is SaveOutcome.Saved)
            {
                published.Add(id);
            }
            else
            {
                skipped.Add(id); // invalid: publishing it one by one shows why
            }
        }

        await db.SaveChangesAsync(ct);
        return ElsaResults.Json(new JsonObject
        {
            ["published"] = Array(published),
            ["alreadyPublished"] = Array(alreadyPublished),
            ["notFound"] = Array(notFound),
            ["skipped"] = Array(skipped),
            ["updatedConsumers"] = new JsonArray(),
        });
    }

    public static async Task<IResult> Retract(Request request, ClaimsDbContext db, WorkflowDefinitionStore store, CancellationToken ct)
    {
        List<string> retracted = [], alreadyRetracted = [], notFound = [];
        foreach (var id in request.DefinitionIds ?? [])
        {
            if (await store.FindLatestAsync(id, ct) is null)
            {
                notFound.Add(id);
            }
            else if (await store.RetractAsync(id, ct) is null)
            {
                alreadyRetracted.Add(id);
            }
            else
            {
                retracted.Add(id);
            }
        }

        await db.SaveChangesAsync(ct);
        return ElsaResults.Json(new JsonObject
        {
            ["retracted"] = Array(retracted),
            ["alreadyRetracted"] = Array(alreadyRetracted),
            ["notFound"] = Array(notFound),
            ["skipped"] = new JsonArray(),
        });
    }

    public static async Task<IResult> Delete(Request request, ClaimsDbContext db, CancellationToken ct)
    {
        var deleted = 0;
        foreach (var id in request.DefinitionIds ?? [])
        {
            if (await ManageDefinition.DeleteAsync(id, db, ct) is ManageDefinition.DeleteOutcome.Deleted)
            {
                deleted++;
            }
        }

        return ElsaResults.Json(new JsonObject { ["deleted"] = deleted, ["deletedCount"] = deleted });
    }

    /// <summary>Versions by version id, each under the single delete's rule; the others stay and are not counted.</summary>
    public static async Task<IResult> DeleteVersions(VersionsRequest request, ClaimsDbContext db, CancellationToken ct)
    {
        var deleted = 0;
        foreach (var id in (request.Ids ?? []).Distinct())
        {
            deleted += (await ManageDefinition.DeleteVersionAsync(id, db, ct)).Outcome is ManageDefinition.DeleteOutcome.Deleted ? 1 : 0;
        }

        return ElsaResults.Json(new JsonObject { ["deleted"] = deleted });
    }

    private static JsonArray Array(IEnumerable<string> ids) => new([.. ids.Select(i => JsonValue.Create(i))]);
}
