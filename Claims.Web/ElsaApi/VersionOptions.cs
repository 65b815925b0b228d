using Claims.Workflows.Persistence;

namespace Claims.Web.ElsaApi;

/// <summary>Elsa's <c>versionOptions</c> string: Latest, Published, Draft, LatestOrPublished, LatestAndPublished, AllVersions or a number.</summary>
public static class VersionOptions
{
    public static IQueryable<WorkflowDefinitionRecord> Filter(this IQueryable<WorkflowDefinitionRecord> records, string? options) => options switch
    {
        null or "" or "Latest" => records.Where(r => r.IsLatest),
        "Published" => records.Where(r => r.IsPublished),
        "Draft" => records.Where(r => !r.IsPublished),
        "LatestOrPublished" => records.Where(r => r.IsLatest || r.IsPublished),
        "LatestAndPublished" => records.Where(r => r.IsLatest && r.IsPublished),
        "AllVersions" => records,
        _ when int.TryParse(options, out var version) => records.Where(r => r.Version == version),
        _ => records.Where(r => r.IsLatest),
    };
}
