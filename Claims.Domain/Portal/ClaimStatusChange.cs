namespace Claims.Domain.Portal;

/// <summary>One change of a claim's status and when it happened: the policyholder's timeline is drawn from these.</summary>
public sealed class ClaimStatusChange
{
    private ClaimStatusChange() { }

    public Guid Id { get; private set; }
    public Guid ClaimId { get; private set; }
    /// <summary>The status by name, so a status added later (Investigation, Denied) needs no change here.</summary>
    public string Status { get; private set; } = "";
    public DateTime At { get; private set; }

    public static ClaimStatusChange Of(Guid id, Guid claimId, string status, DateTime at) => new() { Id = id, ClaimId = claimId, Status = status, At = at };
}
