using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Activities;
using Claims.Workflows.Definitions;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.ElsaApi;

/// <summary>Export one definition as Elsa 3 JSON; import one back (as a draft, keeping its definition id).</summary>
public static class ExportImport
{
    public const string Source = "import";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/workflow-definitions/{definitionId}/export", Export);
        api.MapPost("/workflow-definitions/import", Import).RequireAuthorization(Policies.WorkflowDesigners);
    }

    public static async Task<IResult> Export(string definitionId, string? versionOptions, ClaimsDbContext db, CancellationToken ct)
    {
        var record = await db.Set<WorkflowDefinitionRecord>().AsNoTracking()
            .Where(r => r.DefinitionId == definitionId).Filter(versionOptions)
            .OrderByDescending(r => r.Version).FirstOrDefaultAsync(ct);
        if (record is null)
        {
            return TypedResults.NotFound();
        }

        var definition = WorkflowDefinitionStore.ToDefinition(record);
        WorkflowDefinitionSerializer.Normalize(definition);
        var json = WorkflowDefinitionSerializer.Serialize(definition, indented: true);
        return TypedResults.File(Encoding.UTF8.GetBytes(json), "application/json", $"{definitionId}.json");
    }

    public static async Task<IResult> Import(JsonObject body, ClaimsPrincipal user, ActivityRegistry registry, ClaimsDbContext db, WorkflowDefinitionStore store, CancellationToken ct)
    {
        if (SaveDefinition.ReadDefinition(body) is not { } definition)
        {
            return ElsaResults.Invalid("model", "The file is not an Elsa 3 workflow definition.", "The workflow cannot be imported.");
        }

        if (SaveDefinition.RejectRoot(definition) is { } rejected)
        {
            return rejected;
        }

        var saved = await store.SaveDraftAsync(definition, Source, ct);
        await db.SaveChangesAsync(ct);
        return ElsaResults.Json(DefinitionJson.Full(saved.Record!, user, registry));
    }
}
