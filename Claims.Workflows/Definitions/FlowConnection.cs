namespace Claims.Workflows.Definitions;

/// <summary>An edge from an outcome port of one activity to the <c>In</c> port of another.</summary>
public sealed record FlowConnection(string SourceActivity, string SourcePort, string TargetActivity, string TargetPort);
