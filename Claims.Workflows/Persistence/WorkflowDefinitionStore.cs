using System.Collections.Concurrent;
using Claims.Workflows.Activities;
using Claims.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Claims.Workflows.Persistence;

public enum SaveOutcome { Saved, Invalid, NotFound, Conflict }

public sealed record SaveResult(SaveOutcome Outcome, WorkflowDefinitionRecord? Record, IReadOnlyList<ValidationError> Errors)
{
    public static SaveResult Failed(SaveOutcome outcome, params ValidationError[] errors) => new(outcome, null, errors);
}

/// <summary>
/// Elsa's versioning over our table: editing a published version creates draft N+1, publishing makes a
/// version the one new instances use, and running instances keep the version they started on.
/// </summary>
public sealed class WorkflowDefinitionStore(DbContext db, WorkflowValidator validator, ActivityRegistry registry, TimeProvider time)
{
    // Published and superseded versions never change (only the latest draft is edited), so their parsed form is shared by every scope.
    private static readonly ConcurrentDictionary<string, WorkflowDefinition> Parsed = new();

    // The published version per unit of work, so a batch of starts asks once; this store's publish and retract forget it.
    private readonly Dictionary<string, string> _publishedIds = new(StringComparer.Ordinal);

    private DbSet<WorkflowDefinitionRecord> Records => db.Set<WorkflowDefinitionRecord>();

    public Task<WorkflowDefinitionRecord?> FindPublishedAsync(string definitionId, CancellationToken ct) =>
        Records.SingleOrDefaultAsync(r => r.DefinitionId == definitionId && r.IsPublished, ct);

    /// <summary>The id of the published version, read without tracking the record.</summary>
    public async Task<string?> FindPublishedIdAsync(string definitionId, CancellationToken ct)
    {
        if (_publishedIds.TryGetValue(definitionId, out var known))
        {
            return known;
        }

        var id = await Records.AsNoTracking().Where(r => r.DefinitionId == definitionId && r.IsPublished).Select(r => r.Id).SingleOrDefaultAsync(ct);
        if (id is not null)
        {
            _publishedIds[definitionId] = id;
        }

        return id;
    }

    public Task<WorkflowDefinitionRecord?> FindLatestAsync(string definitionId, CancellationToken ct) =>
        Records.SingleOrDefaultAsync(r => r.DefinitionId == definitionId && r.IsLatest, ct);

    public Task<WorkflowDefinitionRecord?> FindVersionAsync(string versionId, CancellationToken ct) =>
        Records.SingleOrDefaultAsync(r => r.Id == versionId, ct);

    public async Task<WorkflowDefinition?> LoadAsync(string versionId, CancellationToken ct)
    {
        if (Parsed.TryGetValue(versionId, out var cached))
        {
            return cached;
        }

        var record = await Records.AsNoTracking().SingleOrDefaultAsync(r => r.Id == versionId, ct);
        if (record is null)
        {
            return null;
        }

        var definition = ToDefinition(record);
        // An instance on an older version resumes on it; without this, every such resume parsed the JSON again.
        if (record.IsPublished || !record.IsLatest)
        {
            Parsed[versionId] = definition;
        }

        return definition;
    }

    private Func<string, Task<WorkflowDefinition?>> LoadPublishedAsync(CancellationToken ct) => async definitionId =>
        await FindPublishedIdAsync(definitionId, ct) is { } versionId ? await LoadAsync(versionId, ct) : null;

    public static WorkflowDefinition ToDefinition(WorkflowDefinitionRecord record)
    {
        var definition = WorkflowDefinitionSerializer.Deserialize(record.Json);
        definition.Id = record.Id;
        definition.DefinitionId = record.DefinitionId;
        definition.Version = record.Version;
        definition.IsLatest = record.IsLatest;
        definition.IsPublished = record.IsPublished;
        definition.Name = record.Name;
        return definition;
    }

    /// <summary>Saves a draft: updates the latest draft in place, or starts version N+1 when the latest is published.</summary>
    public async Task<SaveResult> SaveDraftAsync(WorkflowDefinition definition, string source, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        WorkflowDefinitionSerializer.Normalize(definition);
        InputDefaults.Apply(definition, registry);
        if (string.IsNullOrWhiteSpace(definition.DefinitionId))
        {
            definition.DefinitionId = WorkflowDefinitionSerializer.NewId();
        }

        var latest = await FindLatestAsync(definition.DefinitionId, ct);
        WorkflowDefinitionRecord record;
        if (latest is { IsPublished: false })
        {
            definition.Id = latest.Id;
            definition.Version = latest.Version;
            Stamp(definition, isLatest: true, isPublished: false);
            latest.UpdateDraft(definition.Name ?? definition.DefinitionId, definition.Description, WorkflowDefinitionSerializer.Serialize(definition), now);
            record = latest;
        }
        else
        {
            latest?.SetLatest(false);
            definition.Id = WorkflowDefinitionSerializer.NewId();
            definition.Version = (latest?.Version ?? 0) + 1;
            definition.CreatedAt = now;
            Stamp(definition, isLatest: true, isPublished: false);
            record = WorkflowDefinitionRecord.Create(definition.Id, definition.DefinitionId, definition.Version,
                definition.Name ?? definition.DefinitionId, definition.Description, WorkflowDefinitionSerializer.Serialize(definition), source, now);
            Records.Add(record);
        }

        return new SaveResult(SaveOutcome.Saved, record, []);
    }

    /// <summary>Validates and publishes the latest version; older versions stop being the one new instances use.</summary>
    public async Task<SaveResult> PublishAsync(string definitionId, CancellationToken ct)
    {
        var latest = await FindLatestAsync(definitionId, ct);
        if (latest is null)
        {
            return SaveResult.Failed(SaveOutcome.NotFound, ValidationError.Workflow($"Workflow '{definitionId}' does not exist."));
        }

        var definition = ToDefinition(latest);
        InputDefaults.Apply(definition, registry); // drafts saved before defaults existed
        var errors = validator.Validate(definition).ToList();
        errors.AddRange(await SubWorkflowReferences.CheckAsync(definition, registry, LoadPublishedAsync(ct)));
        if (errors.Count > 0)
        {
            return new SaveResult(SaveOutcome.Invalid, latest, errors);
        }

        _publishedIds.Remove(definitionId);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var published in await Records.Where(r => r.DefinitionId == definitionId && r.IsPublished && r.Id != latest.Id).ToListAsync(ct))
        {
            published.SetPublished(false, now);
            Parsed.TryRemove(published.Id, out _);
        }

        definition.IsPublished = true;
        latest.UpdateDraft(latest.Name, latest.Description, WorkflowDefinitionSerializer.Serialize(definition), now);
        latest.SetPublished(true, now);
        return new SaveResult(SaveOutcome.Saved, latest, []);
    }

    /// <summary>Stops new instances on this workflow; running instances continue on their version.</summary>
    public async Task<WorkflowDefinitionRecord?> RetractAsync(string definitionId, CancellationToken ct)
    {
        _publishedIds.Remove(definitionId);
        var published = await FindPublishedAsync(definitionId, ct);
        published?.SetPublished(false, time.GetUtcNow().UtcDateTime);
        if (published is not null)
        {
            Parsed.TryRemove(published.Id, out _);
        }

        return published;
    }

    private static void Stamp(WorkflowDefinition definition, bool isLatest, bool isPublished)
    {
        definition.IsLatest = isLatest;
        definition.IsPublished = isPublished;
    }
}
