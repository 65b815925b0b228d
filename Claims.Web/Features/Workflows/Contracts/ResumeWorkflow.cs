using MassTransit;

namespace Claims.Web.Features.Workflows.Contracts;

/// <summary>Resume one bookmark; any node may execute it and exactly one advances the instance.</summary>
// The wire name it had in Claims.Workflows, so queued and stored messages still match.
[MessageUrn("Claims.Workflows.Contracts:ResumeWorkflow")]
public sealed record ResumeWorkflow(Guid BookmarkId, string? Outcome, string? PayloadJson, string RequestedBy);
