namespace Claims.Web.Features.PolicyUnderwriting.Contracts;

/// <summary>A policy was issued; the welcome notice and the customer's records follow from it.</summary>
public sealed record PolicyIssued(
    Guid PolicyId, string Number, Guid ProposalId, string PolicyholderName, string? Email, string Phone, decimal Premium,
    DateOnly StartDate, DateOnly ExpiryDate, string AgentUserName, DateTime IssuedAt);
