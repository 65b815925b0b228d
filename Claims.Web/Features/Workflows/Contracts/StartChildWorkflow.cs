using MassTransit;

namespace Claims.Web.Features.Workflows.Contracts;

/// <summary>Start a child workflow its parent dispatched; the instance id is the parent's choice, so a redelivery starts nothing twice.</summary>
[MessageUrn("Claims.Web.Features.Workflows.Contracts:StartChildWorkflow")]
public sealed record StartChildWorkflow(
    Guid ChildInstanceId, string DefinitionId, string InputJson, string? BusinessObjectName, string? BusinessObjectId,
    Guid ParentInstanceId, string ParentActivityId, Guid? ParentBookmarkId);
