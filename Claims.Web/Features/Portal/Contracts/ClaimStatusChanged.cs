using MassTransit;

namespace Claims.Web.Features.Portal.Contracts;

/// <summary>A claim's status changed (written to the outbox with the change): the policyholder is told, with the status link.</summary>
[MessageUrn("Claims.Web.Features.Portal.Contracts:ClaimStatusChanged")]
public sealed record ClaimStatusChanged(Guid ClaimId, string Number, string Status, DateTime At);
