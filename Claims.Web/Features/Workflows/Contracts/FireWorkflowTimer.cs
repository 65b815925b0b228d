using MassTransit;

namespace Claims.Web.Features.Workflows.Contracts;

/// <summary>A durable timer came due; its id is the bookmark it resumes.</summary>
// The wire name it had in Claims.Workflows, so queued and stored messages still match.
[MessageUrn("Claims.Workflows.Contracts:FireWorkflowTimer")]
public sealed record FireWorkflowTimer(Guid TimerId, Guid WorkflowInstanceId, DateTime FireAt);
