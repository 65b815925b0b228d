namespace Claims.Workflows.Persistence;

/// <summary>One stored version of a workflow definition; the Elsa JSON is kept whole, designer metadata included.</summary>
public sealed class WorkflowDefinitionRecord
{
    private WorkflowDefinitionRecord() { }

    /// <summary>The version id Elsa calls <c>id</c>.</summary>
    public string Id { get; private set; } = "";
    public string DefinitionId { get; private set; } = "";
    public int Version { get; private set; }
    public string Name { get; private set; } = "";
    public string? Description { get; private set; }
    public bool IsLatest { get; private set; }
    public bool IsPublished { get; private set; }
    public string Json { get; private set; } = "";
    /// <summary>Where the version came from: a shipped file in workflows/, the designer, or an import.</summary>
    public string Source { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public int ConcurrencyVersion { get; private set; }

    public static WorkflowDefinitionRecord Create(string id, string definitionId, int version, string name, string? description, string json, string source, DateTime now) => new()
    {
        Id = id,
        DefinitionId = definitionId,
        Version = version,
        Name = name,
        Description = description,
        Json = json,
        Source = source,
        IsLatest = true,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public void UpdateDraft(string name, string? description, string json, DateTime now)
    {
        if (IsPublished)
        {
            throw new InvalidOperationException($"Version {Version} of {DefinitionId} is published and cannot change; save a new draft.");
        }

        Name = name;
        Description = description;
        Json = json;
        UpdatedAt = now;
        ConcurrencyVersion++;
    }

    public void SetLatest(bool latest) => IsLatest = latest;

    public void SetPublished(bool published, DateTime now)
    {
        IsPublished = published;
        UpdatedAt = now;
        ConcurrencyVersion++;
    }
}
