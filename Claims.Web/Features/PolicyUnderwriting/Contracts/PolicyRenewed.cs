namespace Claims.Web.Features.PolicyUnderwriting.Contracts;

/// <summary>A renewal was issued on a new policy form; the renewal satisfaction survey and renewal-rate figures follow from it.</summary>
public sealed record PolicyRenewed(
    Guid PreviousPolicyId, Guid PolicyId, string Number, Guid PolicyholderId, string RegionCode, Guid AgentId, string AgentCode, DateTime RenewedAt);
