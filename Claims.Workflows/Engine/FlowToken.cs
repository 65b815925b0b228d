namespace Claims.Workflows.Engine;

/// <summary>A branch waiting at a join: it came from <paramref name="From"/> through <paramref name="Port"/>.</summary>
public sealed record FlowToken(string Join, string From, string Port);
