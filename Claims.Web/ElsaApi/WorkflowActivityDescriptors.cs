using System.Text;
using System.Text.Json.Nodes;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Activities;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.ElsaApi;

/// <summary>
/// The toolbox entries of published definitions marked <c>options.usableAsActivity</c>, shaped as Elsa describes them:
/// the type is the definition's name in PascalCase, the category <c>options.activityCategory</c> (default "Workflows"),
/// the inputs and outputs the definition declares, and construction properties that stamp <c>workflowDefinitionId</c>
/// on a dropped node (the engine runs any node carrying it as <see cref="WorkflowDefinitionActivity"/>).
/// </summary>
public static class WorkflowActivityDescriptors
{
    public static async Task<List<JsonObject>> ListAsync(ClaimsDbContext db, CancellationToken ct)
    {
        var jsons = await db.Set<WorkflowDefinitionRecord>().AsNoTracking().Where(r => r.IsPublished).Select(r => r.Json).ToListAsync(ct);
        return jsons.Select(j => JsonNode.Parse(j) as JsonObject).OfType<JsonObject>()
            .Where(d => d["options"]?["usableAsActivity"] is JsonValue v && v.TryGetValue(out bool usable) && usable)
            .Select(Describe).ToList();
    }

    public static JsonObject Describe(JsonObject definition)
    {
        var name = Text(definition["name"]) ?? Text(definition["definitionId"]) ?? "";
        var typeName = Pascalize(name);
        var version = definition["version"] is JsonValue v && v.TryGetValue(out int n) ? n : 1;
        var descriptor = new ActivityDescriptor(typeName, "Workflows", typeName, version, Text(definition["options"]?["activityCategory"]) ?? "Workflows",
            name, Text(definition["description"]), ActivityKind.Action, IsStart: false, IsTerminal: false, IsBrowsable: true, IsContainer: false,
            [], [], [new ActivityPort(ActivityDescriptor.DonePort, ActivityDescriptor.DonePort)], typeof(WorkflowDefinitionActivity));
        var json = ActivityDescriptors.ToJson(descriptor);
        var definitionId = Text(definition["definitionId"]);
        var versionId = Text(definition["id"]);
        // camelCase like the rest of the API, so the stamped node property is exactly what the engine reads.
        json["customProperties"] = new JsonObject
        {
            ["rootType"] = "WorkflowDefinitionActivity",
            [WorkflowDefinitionActivity.DefinitionIdKey] = definitionId,
            ["workflowDefinitionVersionId"] = versionId,
        };
        json["constructionProperties"] = new JsonObject
        {
            [WorkflowDefinitionActivity.DefinitionIdKey] = definitionId,
            ["workflowDefinitionVersionId"] = versionId,
            ["version"] = version,
        };
        json["inputs"] = new JsonArray([.. Declared(definition["inputs"]).Select((i, order) => new JsonObject
        {
            ["name"] = Text(i["name"]),
            ["typeName"] = Text(i["type"]) ?? Text(i["typeName"]) ?? "Object",
            ["displayName"] = Text(i["displayName"]) ?? Text(i["name"]),
            ["description"] = Text(i["description"]),
            ["order"] = order,
            ["category"] = Text(i["category"]),
            ["uiHint"] = Text(i["uiHint"]) ?? "singleline",
            ["isWrapped"] = true,
            ["defaultSyntax"] = "Literal",
            ["isReadOnly"] = false,
            ["isBrowsable"] = true,
            ["isSensitive"] = false,
            ["isSynthetic"] = true,
            ["autoEvaluate"] = true,
            ["uiSpecifications"] = new JsonObject(),
        })]);
        json["outputs"] = new JsonArray([.. Declared(definition["outputs"]).Select(o => new JsonObject
        {
            ["name"] = Text(o["name"]),
            ["typeName"] = Text(o["type"]) ?? Text(o["typeName"]) ?? "Object",
            ["displayName"] = Text(o["displayName"]) ?? Text(o["name"]),
            ["description"] = Text(o["description"]),
            ["order"] = 0,
            ["isBrowsable"] = true,
            ["isSynthetic"] = true,
        })]);
        return json;
    }

    /// <summary>The published descriptor under an older version number, out of the toolbox: the nodes that name that version still draw.</summary>
    public static JsonObject AtVersion(JsonObject published, int version)
    {
        var copy = published.DeepClone().AsObject();
        copy["version"] = version;
        copy["isBrowsable"] = false;
        if (copy["constructionProperties"] is JsonObject construction)
        {
            construction["version"] = version;
        }

        return copy;
    }

    /// <summary>As Elsa (Humanizer's Pascalize): "Referral approval" becomes "ReferralApproval".</summary>
    public static string Pascalize(string name)
    {
        var builder = new StringBuilder();
        foreach (var word in name.Split([' ', '-', '_', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
        }

        return builder.ToString();
    }

    private static IEnumerable<JsonObject> Declared(JsonNode? list) =>
        (list as JsonArray ?? []).OfType<JsonObject>().Where(i => Text(i["name"]) is not null);

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue(out string? s) ? s : null;
}
