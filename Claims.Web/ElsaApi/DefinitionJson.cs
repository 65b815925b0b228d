using System.Security.Claims;
using System.Text.Json.Nodes;
using Claims.Workflows.Activities;
using Claims.Workflows.Definitions;
using Claims.Workflows.Persistence;

namespace Claims.Web.ElsaApi;

/// <summary>Our stored versions in the shapes Studio reads: the full model and the list summary. Arrays are never null.</summary>
public static class DefinitionJson
{
    public const string ToolVersion = "3.8.2";

    public static JsonObject Full(WorkflowDefinitionRecord record, ClaimsPrincipal user, ActivityRegistry registry)
    {
        var definition = WorkflowDefinitionStore.ToDefinition(record);
        StudioShapes.Prepare(definition, registry);
        var json = WorkflowDefinitionSerializer.ToJsonObject(definition);
        json["id"] = record.Id;
        json["definitionId"] = record.DefinitionId;
        json["name"] = record.Name;
        json["description"] = record.Description;
        json["version"] = record.Version;
        json["isLatest"] = record.IsLatest;
        json["isPublished"] = record.IsPublished;
        json["createdAt"] = new DateTimeOffset(DateTime.SpecifyKind(record.CreatedAt, DateTimeKind.Utc));
        json["toolVersion"] ??= ToolVersion;
        json["materializerName"] = "Json";
        json["isReadonly"] = !user.CanDesign();
        json["isSystem"] = false;
        json["links"] = ElsaLinks.ForDefinition(user, record.DefinitionId);
        return json;
    }

    public static JsonObject Summary(WorkflowDefinitionRecord record, ClaimsPrincipal user) => new()
    {
        ["id"] = record.Id,
        ["definitionId"] = record.DefinitionId,
        ["name"] = record.Name,
        ["description"] = record.Description,
        ["version"] = record.Version,
        ["isLatest"] = record.IsLatest,
        ["isPublished"] = record.IsPublished,
        ["createdAt"] = new DateTimeOffset(DateTime.SpecifyKind(record.CreatedAt, DateTimeKind.Utc)),
        ["materializerName"] = "Json",
        ["isMaterializerAvailable"] = true,
        ["toolVersion"] = ToolVersion,
        ["isReadonly"] = !user.CanDesign(),
        ["isSystem"] = false,
        ["links"] = ElsaLinks.ForDefinition(user, record.DefinitionId),
    };

    /// <summary>Save and publish answer with the same envelope.</summary>
    public static JsonObject SaveResponse(WorkflowDefinitionRecord record, ClaimsPrincipal user, ActivityRegistry registry, bool alreadyPublished = false) => new()
    {
        ["workflowDefinition"] = Full(record, user, registry),
        ["alreadyPublished"] = alreadyPublished,
        ["consumingWorkflowCount"] = 0,
    };
}
