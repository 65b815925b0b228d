using System.Text.Json.Nodes;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Activities;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.ElsaApi;

/// <summary>
/// GET /descriptors/activities: every registered activity, plus a "Missing" descriptor for each type a stored
/// definition uses that is not registered (Studio draws an empty canvas, silently, for a type it cannot describe).
/// </summary>
public static class ActivityDescriptors
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/descriptors/activities", Handle);

    public static async Task<IResult> Handle(ClaimsDbContext db, ActivityRegistry registry, IEnumerable<IInputOptionsSource> sources, CancellationToken ct)
    {
        var descriptors = registry.Descriptors.ToList();
        var wanted = descriptors.SelectMany(d => d.Inputs).Select(i => i.OptionsSource).OfType<string>().ToHashSet();
        var dynamicOptions = new Dictionary<string, IReadOnlyList<SelectListItem>>();
        foreach (var source in sources.Where(s => wanted.Contains(s.Name)))
        {
            dynamicOptions[source.Name] = await source.GetOptionsAsync(ct);
        }

        var workflows = await WorkflowActivityDescriptors.ListAsync(db, ct);
        var workflowTypes = workflows.GroupBy(w => (string?)w["typeName"] ?? "").ToDictionary(g => g.Key, g => g.First());
        foreach (var (type, version) in await StoredTypesAsync(db, ct))
        {
            if (registry.Find(type, version) is not null || descriptors.Any(d => d.TypeName == type && d.Version == version))
            {
                continue;
            }

            if (!workflowTypes.TryGetValue(type, out var current))
            {
                descriptors.Add(ActivityDescriptor.Missing(type, version));
            }
            else if ((int?)current["version"] != version && !workflows.Any(w => (string?)w["typeName"] == type && (int?)w["version"] == version))
            {
                // Studio draws a node only with the descriptor of its own version: a flow that still uses an older version of a sub-flow must open.
                workflows.Add(WorkflowActivityDescriptors.AtVersion(current, version));
            }
        }

        var items = descriptors.Select(d => ToJson(d, dynamicOptions)).Concat(workflows)
            .OrderBy(d => (string?)d["category"], StringComparer.Ordinal).ThenBy(d => (string?)d["displayName"], StringComparer.Ordinal);
        return ElsaResults.Json(ElsaResults.ItemsAndCount(items));
    }

    /// <summary>The (type, version) pairs of the activities in the latest and published versions.</summary>
    public static async Task<HashSet<(string Type, int Version)>> StoredTypesAsync(ClaimsDbContext db, CancellationToken ct)
    {
        var jsons = await db.Set<WorkflowDefinitionRecord>().AsNoTracking()
            .Where(r => r.IsLatest || r.IsPublished).Select(r => r.Json).ToListAsync(ct);
        var types = new HashSet<(string, int)>();
        foreach (var json in jsons)
        {
            var root = JsonNode.Parse(json)?["root"];
            foreach (var activity in (root?["activities"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (activity["type"] is JsonValue t && t.TryGetValue(out string? type))
                {
                    types.Add((type, activity["version"] is JsonValue v && v.TryGetValue(out int n) ? n : 1));
                }
            }
        }

        return types;
    }

    public static JsonObject ToJson(ActivityDescriptor d, IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>>? dynamicOptions = null) => new()
    {
        ["typeName"] = d.TypeName,
        ["namespace"] = d.Namespace,
        ["name"] = d.Name,
        ["version"] = d.Version,
        ["category"] = d.Category,
        ["displayName"] = d.DisplayName,
        ["description"] = d.Description,
        ["kind"] = d.Kind.ToString(),
        ["isStart"] = d.IsStart,
        ["isTerminal"] = d.IsTerminal,
        ["isBrowsable"] = d.IsBrowsable,
        ["isContainer"] = d.IsContainer,
        ["customProperties"] = new JsonObject(),
        ["constructionProperties"] = new JsonObject(),
        ["attributes"] = new JsonArray(),
        ["ports"] = new JsonArray([.. d.Ports.Select(p => new JsonObject
        {
            ["name"] = p.Name,
            ["displayName"] = p.DisplayName,
            ["type"] = p.Type,
            ["isBrowsable"] = p.IsBrowsable,
        })]),
        ["inputs"] = new JsonArray([.. d.Inputs.Select(i => ToJson(i, i.OptionsSource is { } source && dynamicOptions?.GetValueOrDefault(source) is { } items ? items : i.Options))]),
        ["outputs"] = new JsonArray([.. d.Outputs.Select(o => new JsonObject
        {
            ["name"] = o.Name,
            ["typeName"] = o.TypeName,
            ["displayName"] = o.DisplayName,
            ["description"] = o.Description,
            ["order"] = 0,
            ["isBrowsable"] = true,
            ["isSynthetic"] = false,
        })]),
    };

    private static JsonObject ToJson(InputDescriptor i, IReadOnlyList<SelectListItem> options) => new()
    {
        ["name"] = i.Name,
        ["typeName"] = i.TypeName,
        ["displayName"] = i.DisplayName,
        ["description"] = i.Description,
        ["order"] = i.Order,
        ["category"] = i.Category,
        ["uiHint"] = i.UiHint,
        ["isWrapped"] = i.IsWrapped,
        ["defaultValue"] = i.DefaultValue,
        ["defaultSyntax"] = i.DefaultSyntax,
        ["isReadOnly"] = false,
        ["isBrowsable"] = true,
        ["isSensitive"] = false,
        ["isSynthetic"] = false,
        ["autoEvaluate"] = true,
        ["storageDriverType"] = null,
        ["uiSpecifications"] = options.Count == 0 ? new JsonObject() : new JsonObject
        {
            ["dropdown"] = new JsonObject
            {
                ["selectList"] = new JsonObject
                {
                    ["items"] = new JsonArray([.. options.Select(o => new JsonObject { ["text"] = o.Text, ["value"] = o.Value })]),
                    ["isFlagsEnum"] = false,
                },
            },
        },
    };
}
