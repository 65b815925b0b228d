namespace Claims.Web.Features.Reinspections;

/// <summary>An audit confirmed leakage above the threshold: recovery from the shop or payee starts.</summary>
public sealed record RecoveryOpened(Guid RecoveryId, Guid AuditId, Guid ClaimId, string ClaimNumber, string ShopName, decimal Amount, DateTime OpenedAt);
