namespace Claims.Domain.Fraud;

/// <summary>What special investigation decided: the claim goes on, goes on for less, or is denied.</summary>
public enum InvestigationOutcome { Clear, Reduce, Deny }

/// <summary>A claim referred to special investigation (SIU) by its fraud score, and the investigator's decision with its reason.</summary>
public sealed class Investigation
{
    public const int MaxReason = 1000;

    private Investigation() { }

    public Guid Id { get; private set; }
    public Guid ClaimId { get; private set; }
    public int Score { get; private set; }
    public DateTime ReferredAt { get; private set; }
    public InvestigationOutcome? Outcome { get; private set; }
    public string? Reason { get; private set; }
    /// <summary>What the decision saved: the amount reduced, or the whole claim's estimate when denied.</summary>
    public decimal Savings { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTime? DecidedAt { get; private set; }

    public bool IsOpen => Outcome is null;

    public static Investigation Refer(Guid id, Guid claimId, int score, DateTime now) => new() { Id = id, ClaimId = claimId, Score = score, ReferredAt = now };

    public void Decide(InvestigationOutcome outcome, string reason, decimal savings, string by, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentOutOfRangeException.ThrowIfNegative(savings);
        if (!IsOpen)
        {
            throw new InvalidOperationException("The investigation was already decided.");
        }

        (Outcome, Reason, Savings, DecidedBy, DecidedAt) = (outcome, reason.Trim(), outcome == InvestigationOutcome.Clear ? 0m : savings, by, now);
    }
}
