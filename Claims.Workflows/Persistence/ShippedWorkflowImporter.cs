using Claims.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Claims.Workflows.Persistence;

/// <summary>Imports the definitions shipped in workflows/ at start-up, each only when newer than what is stored.</summary>
public sealed class ShippedWorkflowImporter(DbContext db, WorkflowValidator validator, TimeProvider time, ILogger<ShippedWorkflowImporter> logger)
{
    public async Task<IReadOnlyList<string>> ImportAsync(string folder, CancellationToken ct)
    {
        var imported = new List<string>();
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("No shipped workflows folder at {Folder}", folder);
            return imported;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order())
        {
            var definition = WorkflowDefinitionSerializer.Deserialize(await File.ReadAllTextAsync(file, ct));
            WorkflowDefinitionSerializer.Normalize(definition);
            var errors = validator.Validate(definition);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"Shipped workflow {Path.GetFileName(file)} is invalid: {string.Join("; ", errors)}");
            }

            var records = db.Set<WorkflowDefinitionRecord>();
            var stored = await records.Where(r => r.DefinitionId == definition.DefinitionId).ToListAsync(ct);
            if (stored.Count > 0 && stored.Max(r => r.Version) >= definition.Version)
            {
                continue;
            }

            var now = time.GetUtcNow().UtcDateTime;
            foreach (var older in stored)
            {
                older.SetLatest(false);
                if (older.IsPublished)
                {
                    older.SetPublished(false, now);
                }
            }

            definition.Id = string.IsNullOrEmpty(definition.Id) ? WorkflowDefinitionSerializer.NewId() : definition.Id;
            if (stored.Any(r => r.Id == definition.Id))
            {
                definition.Id = WorkflowDefinitionSerializer.NewId();
            }

            definition.IsLatest = true;
            definition.IsPublished = true;
            var record = WorkflowDefinitionRecord.Create(definition.Id, definition.DefinitionId, definition.Version,
                definition.Name ?? definition.DefinitionId, definition.Description, WorkflowDefinitionSerializer.Serialize(definition), "shipped", now);
            record.SetPublished(true, now);
            records.Add(record);
            await db.SaveChangesAsync(ct);
            imported.Add($"{definition.DefinitionId} v{definition.Version}");
            logger.LogInformation("Imported shipped workflow {DefinitionId} version {Version}", definition.DefinitionId, definition.Version);
        }

        return imported;
    }
}
