namespace Claims.Workflows.Engine;

/// <summary>Suspended means every path waits on a bookmark.</summary>
public enum WorkflowStatus { Running, Suspended, Finished, Faulted }
