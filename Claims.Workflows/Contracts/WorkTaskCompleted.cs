namespace Claims.Workflows.Contracts;

/// <summary>A person completed a task; the workflow waiting on it may resume.</summary>
public sealed record WorkTaskCompleted(Guid TaskId, Guid? BookmarkId, Guid? WorkflowInstanceId, string Outcome, string? DataJson, string CompletedBy, DateTime CompletedAt);
