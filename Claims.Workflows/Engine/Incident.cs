namespace Claims.Workflows.Engine;

/// <summary>Why an instance faulted, and where; <see cref="WorkflowRunner.RetryAsync"/> re-runs that activity.</summary>
public sealed record Incident(
    string ActivityId,
    string NodeId,
    string ActivityType,
    string Message,
    DateTimeOffset Timestamp,
    string? ExceptionType = null);
