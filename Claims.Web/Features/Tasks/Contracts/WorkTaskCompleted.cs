using MassTransit;

namespace Claims.Web.Features.Tasks.Contracts;

/// <summary>A person completed a task; the workflow waiting on it may resume.</summary>
// The wire name it had in Claims.Workflows, so queued and stored messages still match.
[MessageUrn("Claims.Workflows.Contracts:WorkTaskCompleted")]
public sealed record WorkTaskCompleted(Guid TaskId, Guid? BookmarkId, Guid? WorkflowInstanceId, string Outcome, string? DataJson, string CompletedBy, DateTime CompletedAt);
