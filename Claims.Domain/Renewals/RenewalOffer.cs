namespace Claims.Domain.Renewals;

public enum RenewalOfferStatus { PendingUnderwriting, Offered, Accepted, Declined, Expired }

public enum OfferUse { Ok, AlreadyUsed, NotOffered }

/// <summary>Next year's price for one policy, offered through a signed link that works once.</summary>
public sealed class RenewalOffer
{
    private RenewalOffer() { }

    public Guid Id { get; private set; }
    public Guid PolicyId { get; private set; }
    public string PolicyNumber { get; private set; } = "";
    public decimal RenewalPremium { get; private set; }
    public decimal LastYearPremium { get; private set; }
    public int RenewalNumber { get; private set; }
    public string NcdStep { get; private set; } = "";
    /// <summary>How the premium was found: "tariff &lt;version&gt;" or the fallback rule.</summary>
    public string RatedBy { get; private set; } = "";
    public string? Issues { get; private set; }
    public RenewalOfferStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime TokenExpiresAt { get; private set; }
    public DateTime? TokenUsedAt { get; private set; }
    public string? DeclineReason { get; private set; }
    /// <summary>The renewal proposal the acceptance started; its workflow issues the policy.</summary>
    public Guid? RenewalProposalId { get; private set; }
    /// <summary>Set when the renewal is issued: at once when the workflow reaches issue within the acceptance, else later.</summary>
    public Guid? RenewedPolicyId { get; private set; }
    public string? DecidedBy { get; private set; }
    /// <summary>The underwriter's task while the offer is pending underwriting.</summary>
    public Guid? ReviewTaskId { get; private set; }
    public int Version { get; private set; }

    public static RenewalOffer Create(Guid policyId, string policyNumber, RenewalQuoteResult quote, decimal lastYearPremium, int renewalNumber, DateTime tokenExpiresAt, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(now),
        PolicyId = policyId,
        PolicyNumber = policyNumber,
        RenewalPremium = quote.Premium,
        LastYearPremium = lastYearPremium,
        RenewalNumber = renewalNumber,
        NcdStep = quote.Ncd.Key,
        RatedBy = quote.RatedBy,
        Issues = quote.Issues.Count == 0 ? null : string.Join("; ", quote.Issues),
        // A renewal that raises underwriting issues goes through the underwriter before it is offered.
        Status = quote.Issues.Count == 0 ? RenewalOfferStatus.Offered : RenewalOfferStatus.PendingUnderwriting,
        CreatedAt = now,
        TokenExpiresAt = tokenExpiresAt,
    };

    public void AwaitReview(Guid taskId) => ReviewTaskId = taskId;

    public bool IsOpen => Status is RenewalOfferStatus.Offered or RenewalOfferStatus.PendingUnderwriting;

    /// <summary>The underwriter's decision on a referred renewal: accept (optionally at a new premium) or decline.</summary>
    public void Underwrite(bool accept, decimal? premium, string by, string? reason)
    {
        if (Status != RenewalOfferStatus.PendingUnderwriting)
        {
            return;
        }

        DecidedBy = by;
        if (accept)
        {
            RenewalPremium = premium ?? RenewalPremium;
            Status = RenewalOfferStatus.Offered;
        }
        else
        {
            DeclineReason = reason ?? "Declined by the underwriter.";
            Status = RenewalOfferStatus.Declined;
        }

        Version++;
    }

    public OfferUse CanUse() => TokenUsedAt is not null ? OfferUse.AlreadyUsed : Status == RenewalOfferStatus.Offered ? OfferUse.Ok : OfferUse.NotOffered;

    public OfferUse Accept(Guid renewalProposalId, DateTime now)
    {
        var check = CanUse();
        if (check == OfferUse.Ok)
        {
            TokenUsedAt = now;
            RenewalProposalId = renewalProposalId;
            Status = RenewalOfferStatus.Accepted;
            Version++;
        }

        return check;
    }

    public void RecordRenewal(Guid renewedPolicyId)
    {
        if (Status != RenewalOfferStatus.Accepted)
        {
            throw new InvalidOperationException($"The renewal offer of {PolicyNumber} is {Status}; only an accepted offer is renewed.");
        }

        RenewedPolicyId = renewedPolicyId;
    }

    public OfferUse Decline(string reason, DateTime now)
    {
        var check = CanUse();
        if (check == OfferUse.Ok)
        {
            TokenUsedAt = now;
            DeclineReason = string.IsNullOrWhiteSpace(reason) ? "No reason given." : reason.Trim();
            Status = RenewalOfferStatus.Declined;
            Version++;
        }

        return check;
    }

    /// <summary>The policy lapsed with the offer still open.</summary>
    public void Expire()
    {
        if (IsOpen)
        {
            Status = RenewalOfferStatus.Expired;
            Version++;
        }
    }
}
