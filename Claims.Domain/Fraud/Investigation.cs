using Claims.Domain.Common;

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
    /// <summary>The payable the claim asked for when the investigator decided.</summary>
    public decimal Claimed { get; private set; }
    /// <summary>What the decision saved: the amount reduced, or the whole claim's estimate when denied.</summary>
    public Money Savings { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTime? DecidedAt { get; private set; }

    public bool IsOpen => Outcome is null;

    public static Investigation Refer(Guid id, Guid claimId, int score, DateTime now) => new() { Id = id, ClaimId = claimId, Score = score, ReferredAt = now };

    /// <summary>Records the decision on the claimed payable: savings are claimed − reducedTo on Reduce, the whole claim on Deny, nothing on Clear.</summary>
    public void Decide(InvestigationOutcome outcome, string reason, decimal claimed, decimal? reducedTo, string by, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentOutOfRangeException.ThrowIfNegative(claimed);
        if (!IsOpen)
        {
            throw new InvalidOperationException("The investigation was already decided.");
        }

        if (outcome == InvestigationOutcome.Reduce && (reducedTo is not { } to || to < 0 || to >= claimed))
        {
            throw new ArgumentOutOfRangeException(nameof(reducedTo), "A reduction settles for less than claimed and not below zero.");
        }

        var savings = outcome switch
        {
            InvestigationOutcome.Reduce => claimed - reducedTo!.Value,
            InvestigationOutcome.Deny => claimed,
            _ => 0m,
        };
        (Outcome, Reason, Claimed, Savings, DecidedBy, DecidedAt) = (outcome, reason.Trim(), claimed, Money.Of(savings), by, now);
    }

    /// <summary>The settlement a Reduce decision allows; null for any other decision.</summary>
    public decimal? ReducedTo => Outcome == InvestigationOutcome.Reduce ? Claimed - Savings.Amount : null;

    /// <summary>Referral hit rate = referrals not cleared / referrals (DOMAIN.md); null when nothing was referred.</summary>
    public static decimal? HitRate(int referred, int reducedOrDenied) => referred == 0 ? null : Math.Round((decimal)reducedOrDenied / referred, 4);
}
