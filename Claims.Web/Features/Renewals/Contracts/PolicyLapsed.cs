namespace Claims.Web.Features.Renewals.Contracts;

/// <summary>A policy was not renewed by the end of its grace period and lapsed.</summary>
public sealed record PolicyLapsed(
    Guid PolicyId, string Number, Guid PolicyholderId, string RegionCode, Guid AgentId, DateOnly ExpiryDate, DateTime LapsedAt);
