namespace Claims.Workflows.Contracts;

/// <summary>Resumes the workflows of one business object that wait for a message of this name.</summary>
public sealed record DeliverWorkflowMessage(string Name, string CorrelationId, string? PayloadJson);
