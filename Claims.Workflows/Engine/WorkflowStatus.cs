namespace Claims.Workflows.Engine;

/// <summary>Suspended means every path waits on a bookmark; Cancelled was stopped by a person (Studio's Cancel).</summary>
public enum WorkflowStatus { Running, Suspended, Finished, Faulted, Cancelled }
