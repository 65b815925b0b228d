using Claims.Workflows.Engine;

namespace Claims.Workflows.Persistence;

/// <summary>A running or finished workflow; <see cref="ConcurrencyVersion"/> makes sure two nodes never both advance it.</summary>
public sealed class WorkflowInstanceRecord
{
    private WorkflowInstanceRecord() { }

    public Guid Id { get; private set; }
    public string DefinitionId { get; private set; } = "";
    public string DefinitionVersionId { get; private set; } = "";
    public int DefinitionVersion { get; private set; }
    public WorkflowStatus Status { get; private set; }
    /// <summary>The business object the workflow serves, e.g. "claim:C-2026-000123".</summary>
    public string? CorrelationId { get; private set; }
    public string StateJson { get; private set; } = "{}";
    public int IncidentCount { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public DateTime? FinishedAt { get; private set; }
    public int ConcurrencyVersion { get; private set; }

    public static WorkflowInstanceRecord Create(Guid id, string definitionId, string definitionVersionId, int definitionVersion, string? correlationId, DateTime now) => new()
    {
        Id = id,
        DefinitionId = definitionId,
        DefinitionVersionId = definitionVersionId,
        DefinitionVersion = definitionVersion,
        CorrelationId = correlationId,
        Status = WorkflowStatus.Running,
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>An alteration moved the instance to another version of its definition (the state says the same).</summary>
    public void MoveToVersion(string definitionVersionId, int definitionVersion)
    {
        DefinitionVersionId = definitionVersionId;
        DefinitionVersion = definitionVersion;
    }

    public void Apply(WorkflowStatus status, string stateJson, int incidentCount, DateTime now)
    {
        Status = status;
        StateJson = stateJson;
        IncidentCount = incidentCount;
        UpdatedAt = now;
        FinishedAt = status is WorkflowStatus.Finished or WorkflowStatus.Cancelled ? now : null;
        ConcurrencyVersion++;
    }
}
