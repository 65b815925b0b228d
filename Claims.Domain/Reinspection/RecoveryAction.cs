namespace Claims.Domain.Reinspection;

/// <summary>Money to recover from the repair shop or the payee after an audit confirmed leakage above the threshold.</summary>
public sealed class RecoveryAction
{
    private RecoveryAction() { }

    public Guid Id { get; private set; }
    public Guid AuditId { get; private set; }
    public Guid ClaimId { get; private set; }
    public string ClaimNumber { get; private set; } = "";
    public string ShopName { get; private set; } = "";
    public decimal Amount { get; private set; }
    public DateTime OpenedAt { get; private set; }
    public bool Closed { get; private set; }

    public static RecoveryAction Open(Guid id, ReinspectionAudit audit, DateTime now)
    {
        if (audit.ConfirmedLeakage <= 0)
        {
            throw new InvalidOperationException($"Audit of {audit.ClaimNumber} confirmed no leakage to recover.");
        }

        return new RecoveryAction
        {
            Id = id, AuditId = audit.Id, ClaimId = audit.ClaimId, ClaimNumber = audit.ClaimNumber, ShopName = audit.ShopName,
            Amount = audit.ConfirmedLeakage, OpenedAt = now,
        };
    }
}
