namespace Claims.Domain.Financials;

public enum ReserveRequestStatus { Pending, Approved, Declined }

/// <summary>A reserve change beyond its requester's authority, waiting for a senior's decision at the workflow's checkpoint.</summary>
public sealed class ReserveRequest
{
    private ReserveRequest() { }

    public Guid Id { get; private set; }
    public Guid ClaimId { get; private set; }
    public CostCategory Category { get; private set; }
    /// <summary>The category's reserve asked for (not the change).</summary>
    public decimal Reserve { get; private set; }
    public string Reason { get; private set; } = "";
    public string RequestedBy { get; private set; } = "";
    public DateTime RequestedAt { get; private set; }
    public int ReferToLevel { get; private set; }
    public ReserveRequestStatus Status { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public int Version { get; private set; }

    public static ReserveRequest Open(Guid id, Guid claimId, CostCategory category, decimal reserve, string reason, string by, int referTo, DateTime now) => new()
    {
        Id = id, ClaimId = claimId, Category = category, Reserve = reserve, Reason = reason, RequestedBy = by, RequestedAt = now, ReferToLevel = referTo,
        Status = ReserveRequestStatus.Pending,
    };

    public void Decide(bool approve, string by, DateTime now)
    {
        if (Status != ReserveRequestStatus.Pending)
        {
            throw new InvalidOperationException($"The reserve request is already {Status}.");
        }

        Status = approve ? ReserveRequestStatus.Approved : ReserveRequestStatus.Declined;
        DecidedBy = by;
        DecidedAt = now;
        Version++;
    }
}
