using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Activities;
using Claims.Workflows.Definitions;
using Claims.Workflows.Persistence;

namespace Claims.Web.ElsaApi;

/// <summary>
/// POST /workflow-definitions: create, save the draft (auto-save) and, with <c>publish: true</c>, the editor's Publish
/// button. Elsa versioning: a published latest version gets a new draft N+1; a draft is updated in place.
/// </summary>
public static class SaveDefinition
{
    public const string Source = "designer";

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/workflow-definitions", Handle).RequireAuthorization(Policies.WorkflowDesigners);

    public static async Task<IResult> Handle(JsonObject body, ClaimsPrincipal user, ActivityRegistry registry, ClaimsDbContext db, WorkflowDefinitionStore store, CancellationToken ct)
    {
        if (body["model"] is not JsonObject model)
        {
            return ElsaResults.Invalid("model", "The request needs a 'model' with the workflow definition.");
        }

        if (ReadDefinition(model) is not { } definition)
        {
            return ElsaResults.Invalid("model", "The workflow definition is not valid JSON for Elsa 3.");
        }

        if (RejectRoot(definition) is { } rejected)
        {
            return rejected;
        }

        var saved = await store.SaveDraftAsync(definition, Source, ct);
        await db.SaveChangesAsync(ct);
        var publish = body["publish"] is JsonValue p && p.TryGetValue(out bool flag) && flag;
        return publish
            ? await PublishDefinition.PublishAsync(definition.DefinitionId, user, registry, db, store, ct)
            : ElsaResults.Json(DefinitionJson.SaveResponse(saved.Record!, user, registry));
    }

    public static WorkflowDefinition? ReadDefinition(JsonObject model)
    {
        try
        {
            return WorkflowDefinitionSerializer.Deserialize(model);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Only flowcharts run on our engine; Studio's create dialog also offers Sequence and State machine.</summary>
    public static IResult? RejectRoot(WorkflowDefinition definition)
    {
        var type = definition.Root["type"] is JsonValue t && t.TryGetValue(out string? s) ? s : null;
        return type is null or Flowchart.TypeName
            ? null
            : ElsaResults.Invalid("root", $"Only Flowchart workflows are supported; '{type}' is not. Choose Flowchart.", "The workflow cannot be saved.");
    }
}
