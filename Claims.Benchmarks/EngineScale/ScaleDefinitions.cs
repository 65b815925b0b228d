using Claims.Benchmarks.Engine;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Definitions;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Benchmarks.EngineScale;

/// <summary>A definition the seeded instances run on, with its versions in order (the last one published).</summary>
internal sealed record SeedSlot(string DefinitionId, IReadOnlyList<(string Id, int Version)> Versions, int Weight);

/// <summary>Copies of the engine benchmark's definition under other ids, published once, then given more versions.</summary>
internal static class ScaleDefinitions
{
    private static readonly string Template = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Engine", "engine-benchmark.json"));

    /// <summary>The ten-activity benchmark flow as <paramref name="definitionId"/>; <paramref name="variant"/> makes its script text unique.</summary>
    public static string Json(string definitionId, int variant) => Template
        .Replace("\"id\": \"b3c4d5e6f7081920\"", $"\"id\": \"{definitionId}-v1\"")
        .Replace("\"definitionId\": \"engine-benchmark\"", $"\"definitionId\": \"{definitionId}\"")
        .Replace("\"name\": \"Engine benchmark\"", $"\"name\": \"{definitionId}\"")
        .Replace("Amount > Limit", $"Amount > Limit + {variant} - {variant}");

    /// <summary>Publishes the definition, then <paramref name="versions"/> − 1 more versions of the same JSON (the last one published).</summary>
    public static async Task<SeedSlot> PublishAsync(BenchDatabase database, string definitionId, int versions, int weight, int variant)
    {
        await database.PublishJsonAsync(Json(definitionId, variant));
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var first = await db.Set<WorkflowDefinitionRecord>().SingleAsync(r => r.DefinitionId == definitionId);
        var list = new List<(string, int)> { (first.Id, 1) };
        if (versions > 1)
        {
            var now = DateTime.UtcNow;
            first.SetLatest(false);
            first.SetPublished(false, now);
            for (var version = 2; version <= versions; version++)
            {
                var record = WorkflowDefinitionRecord.Create(WorkflowDefinitionSerializer.NewId(), definitionId, version, first.Name, first.Description, first.Json, "benchmark", now);
                if (version == versions)
                {
                    record.SetPublished(true, now);
                }
                else
                {
                    record.SetLatest(false);
                }

                db.Add(record);
                list.Add((record.Id, version));
            }

            await db.SaveChangesAsync();
        }

        return new SeedSlot(definitionId, list, weight);
    }
}
