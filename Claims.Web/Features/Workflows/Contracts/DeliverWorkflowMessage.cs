using MassTransit;

namespace Claims.Web.Features.Workflows.Contracts;

/// <summary>Resumes the workflows of one business object that wait for a message of this name.</summary>
// The wire name it had in Claims.Workflows, so queued and stored messages still match.
[MessageUrn("Claims.Workflows.Contracts:DeliverWorkflowMessage")]
public sealed record DeliverWorkflowMessage(string Name, string CorrelationId, string? PayloadJson);
