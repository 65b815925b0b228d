using MassTransit;

namespace Claims.Web.Features.Investigations.Contracts;

/// <summary>Special investigation denied a claim; the policyholder gets the letter with the reason.</summary>
[MessageUrn("Claims.Web.Features.Investigations.Contracts:ClaimDenied")]
public sealed record ClaimDenied(
    Guid ClaimId, string Number, string PolicyNumber, string PolicyholderName, string? Email, DateTime LossAt, string Reason, DateTime DeniedAt);
