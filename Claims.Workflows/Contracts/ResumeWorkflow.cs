namespace Claims.Workflows.Contracts;

/// <summary>Resume one bookmark; any node may execute it and exactly one advances the instance.</summary>
public sealed record ResumeWorkflow(Guid BookmarkId, string? Outcome, string? PayloadJson, string RequestedBy);
