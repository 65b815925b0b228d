namespace Claims.Workflows.Contracts;

/// <summary>A durable timer came due; its id is the bookmark it resumes.</summary>
public sealed record FireWorkflowTimer(Guid TimerId, Guid WorkflowInstanceId, DateTime FireAt);
