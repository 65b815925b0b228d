using Claims.Domain.Common;

namespace Claims.Domain.Policies;

/// <summary>Covers a policy can carry; base rates are set per cover and price band.</summary>
[Flags]
public enum Cover
{
    None = 0,
    ThirdPartyLiability = 1,
    OwnDamage = 2,
    Theft = 4,
    Glass = 8,
    DriverPassenger = 16,
    RoadsideRescue = 32,
}

/// <summary>Lapsed: expired and not renewed within the grace period.</summary>
public enum PolicyStatus { InForce, Expired, Cancelled, Lapsed }

/// <summary>An issued motor policy for one year; kept minimal here, the proposal and underwriting flow enrich it.</summary>
public sealed class Policy
{
    private Policy() { }

    public Guid Id { get; private set; }
    public string Number { get; private set; } = "";
    public Guid PolicyholderId { get; private set; }
    public Guid VehicleId { get; private set; }
    public Guid AgentId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public DateOnly StartDate { get; private set; }
    public DateOnly ExpiryDate { get; private set; }
    public decimal Premium { get; private set; }
    public Cover Covers { get; private set; }
    public PolicyStatus Status { get; private set; }
    public Guid? ProposalId { get; private set; }
    /// <summary>The serial of the controlled policy form this policy was issued on.</summary>
    public long? FormSerial { get; private set; }
    public decimal SumInsured { get; private set; }
    public Money Excess { get; private set; }
    /// <summary>0 for new business; each renewal adds one (the notice invites shopping around from the 4th).</summary>
    public int RenewalNumber { get; private set; }
    public Guid? RenewalOfPolicyId { get; private set; }
    /// <summary>Set once the policyholder renewed: reminders stop for this policy.</summary>
    public Guid? RenewedByPolicyId { get; private set; }

    // Integer copies of the term and premium, fixed at issue: aggregate queries do day and cent arithmetic in SQL on every provider.
    /// <summary><see cref="StartDate"/> as its day number.</summary>
    public int StartDay { get; private set; }
    /// <summary><see cref="ExpiryDate"/> as its day number.</summary>
    public int ExpiryDay { get; private set; }
    /// <summary><see cref="Premium"/> in cents.</summary>
    public long PremiumCents { get; private set; }

    public static Policy Issue(
        Guid id, string number, Guid policyholderId, Guid vehicleId, Guid agentId, string regionCode,
        DateOnly startDate, DateOnly expiryDate, decimal premium, Cover covers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(regionCode);
        if (expiryDate <= startDate)
        {
            throw new ArgumentException("A policy must expire after it starts.", nameof(expiryDate));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(premium);
        if (covers == Cover.None)
        {
            throw new ArgumentException("A policy needs at least one cover.", nameof(covers));
        }

        var amount = Money.Of(premium).Amount;
        return new Policy
        {
            Id = id, Number = number, PolicyholderId = policyholderId, VehicleId = vehicleId, AgentId = agentId,
            RegionCode = regionCode, StartDate = startDate, ExpiryDate = expiryDate, Premium = amount,
            Covers = covers, Status = PolicyStatus.InForce,
            StartDay = startDate.DayNumber, ExpiryDay = expiryDate.DayNumber, PremiumCents = (long)(amount * 100),
        };
    }

    /// <summary>Issues an accepted proposal on a controlled policy form; the number is the form's serial.</summary>
    public static Policy IssueFrom(Proposal proposal, Guid id, long formSerial, Guid policyholderId, Guid vehicleId)
    {
        var policy = Issue(id, FormNumber(formSerial), policyholderId, vehicleId, proposal.AgentId, proposal.RegionCode,
            proposal.StartDate, proposal.StartDate.AddYears(1).AddDays(-1), proposal.FinalPremium ?? 0m, proposal.Covers);
        policy.ProposalId = proposal.Id;
        policy.FormSerial = formSerial;
        policy.SumInsured = proposal.SumInsured;
        policy.Excess = proposal.Excess;
        return policy;
    }

    /// <summary>Next year's policy on a new controlled form, issued from the accepted renewal proposal: same risk and cover, the renewal's premium and excess.</summary>
    public Policy RenewOn(Proposal renewal, Guid id, long formSerial)
    {
        if (renewal.Kind != ProposalKind.Renewal || renewal.RenewalOfPolicyId != Id)
        {
            throw new InvalidOperationException($"Proposal {renewal.Number} does not renew policy {Number}.");
        }

        if (RenewedByPolicyId is not null)
        {
            throw new InvalidOperationException($"Policy {Number} is renewed already.");
        }

        var start = ExpiryDate.AddDays(1);
        var next = Issue(id, FormNumber(formSerial), PolicyholderId, VehicleId, AgentId, RegionCode, start, start.AddYears(1).AddDays(-1), renewal.FinalPremium ?? Premium, Covers);
        next.ProposalId = renewal.Id;
        next.FormSerial = formSerial;
        next.SumInsured = SumInsured;
        next.Excess = renewal.Excess;
        next.RenewalNumber = RenewalNumber + 1;
        next.RenewalOfPolicyId = Id;
        RenewedByPolicyId = id;
        return next;
    }

    /// <summary>Not renewed by the end of the grace period; a renewed or cancelled policy does not lapse.</summary>
    public bool Lapse()
    {
        if (RenewedByPolicyId is not null || Status is PolicyStatus.Cancelled or PolicyStatus.Lapsed)
        {
            return false;
        }

        Status = PolicyStatus.Lapsed;
        return true;
    }

    public static string FormNumber(long serial) => $"PF{serial:D8}";

    /// <summary>Cover runs from the start date to the expiry date, both inclusive.</summary>
    public bool IsInForceOn(DateOnly date) => Status is not (PolicyStatus.Cancelled or PolicyStatus.Lapsed) && date >= StartDate && date <= ExpiryDate;

    public bool HasCover(Cover cover) => (Covers & cover) == cover;

    /// <summary>The excess the policy names for a cover it carries (as issued, a RaiseExcess included); null for a cover it lacks.</summary>
    public decimal? ExcessFor(Cover cover) => HasCover(cover) ? Excess.Amount : null;

    public void Cancel() => Status = PolicyStatus.Cancelled;

    public void MarkExpired() => Status = Status == PolicyStatus.InForce ? PolicyStatus.Expired : Status;
}
