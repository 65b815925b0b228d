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

/// <summary>Export one definition as Elsa 3 JSON, or several versions as a zip; import one back (as a draft, keeping its definition id).</summary>
public static class ExportImport
{
    public const string Source = "import";

    public sealed record BulkExportRequest(List<string>? Ids);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/workflow-definitions/{definitionId}/export", Export);
        api.MapPost("/bulk-actions/export/workflow-definitions", BulkExport);
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

        return TypedResults.File(Encoding.UTF8.GetBytes(ExportJson(record)), "application/json", $"{definitionId}.json");
    }

    /// <summary>Studio sends version ids (its rows' <c>id</c>); Studio's import unpacks the zip and imports each file.</summary>
    public static async Task<IResult> BulkExport(BulkExportRequest request, ClaimsDbContext db, CancellationToken ct)
    {
        var ids = request.Ids ?? [];
        var records = await db.Set<WorkflowDefinitionRecord>().AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        var files = records.OrderBy(r => r.DefinitionId).ThenBy(r => r.Version)
            .Select(r => ($"{r.DefinitionId}-v{r.Version}.json", ExportJson(r)));
        return TypedResults.File(Zip.Of(files), "application/zip", "workflow-definitions.zip");
    }

    private static string ExportJson(WorkflowDefinitionRecord record)
    {
        var definition = WorkflowDefinitionStore.ToDefinition(record);
        WorkflowDefinitionSerializer.Normalize(definition);
        return WorkflowDefinitionSerializer.Serialize(definition, indented: true);
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

        WorkflowDefinitionSerializer.Normalize(definition); // Elsa's own type names and 3.0 connections become ours first
        if (definition.Flowchart.Activities.Where(a => registry.Find(a) is null).ToList() is { Count: > 0 } unknown)
        {
            return ElsaResults.Invalid(unknown.Select(a => ValidationError.At(a, $"Activity type '{a.Type}' is not available in this engine.")),
                "The workflow cannot be imported.");
        }

        var saved = await store.SaveDraftAsync(definition, Source, ct);
        await db.SaveChangesAsync(ct);
        return ElsaResults.Json(DefinitionJson.Full(saved.Record!, user, registry));
    }
}
