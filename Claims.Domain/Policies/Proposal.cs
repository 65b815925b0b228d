using Claims.Domain.Common;

namespace Claims.Domain.Policies;

/// <summary>A request for cover captured by an agent; rated, disclosed, underwritten and finally issued as a policy.</summary>
public sealed class Proposal
{
    private List<NamedDriver> _namedDrivers = [];
    private List<PriorClaim> _priorClaims = [];
    private List<RatingLine> _ratingLines = [];
    private List<UnderwritingIssue> _issues = [];
    private List<DisclosureAnswer> _disclosure = [];
    private List<UnderwriterDecision> _decisions = [];

    private Proposal() { }

    public Guid Id { get; private set; }
    public string Number { get; private set; } = "";
    public Guid AgentId { get; private set; }
    public string AgentUserName { get; private set; } = "";
    public string RegionCode { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateOnly StartDate { get; private set; }
    public Proposer Proposer { get; private set; } = null!;
    public ProposedVehicle Vehicle { get; private set; } = null!;
    public IReadOnlyList<NamedDriver> NamedDrivers => _namedDrivers;
    public IReadOnlyList<PriorClaim> PriorClaims => _priorClaims;
    public int YearsInsured { get; private set; }
    public Cover Covers { get; private set; }
    public decimal SumInsured { get; private set; }
    public Money Excess { get; private set; }
    public decimal CommissionPercent { get; private set; }
    public ProposalStatus Status { get; private set; }
    public string? TariffVersion { get; private set; }
    public decimal? RatedPremium { get; private set; }
    public IReadOnlyList<RatingLine> RatingLines => _ratingLines;
    public IReadOnlyList<UnderwritingIssue> Issues => _issues;
    public AuthorityLevel? ReviewLevel { get; private set; }
    public IReadOnlyList<DisclosureAnswer> Disclosure => _disclosure;
    public string? DisclosedBy { get; private set; }
    public DateTime? DisclosedAt { get; private set; }
    public IReadOnlyList<UnderwriterDecision> Decisions => _decisions;
    public Percentage LoadingPercent { get; private set; }
    public decimal? FinalPremium { get; private set; }
    public Guid? PolicyId { get; private set; }
    public string? DeclineReason { get; private set; }
    public Guid? WorkflowInstanceId { get; private set; }
    public ProposalKind Kind { get; private set; }
    /// <summary>The policy a renewal proposal renews; null for new business.</summary>
    public Guid? RenewalOfPolicyId { get; private set; }

    public static Proposal Submit(
        Guid id, DateTime now, Agent agent, string agentUserName, DateOnly startDate, Proposer proposer, ProposedVehicle vehicle,
        IEnumerable<NamedDriver> namedDrivers, IEnumerable<PriorClaim> priorClaims, int yearsInsured, Cover covers,
        decimal sumInsured, decimal excess, decimal commissionPercent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentException.ThrowIfNullOrWhiteSpace(proposer.Name);
        if (covers == Cover.None)
        {
            throw new ArgumentException("A proposal needs at least one cover.", nameof(covers));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(yearsInsured);
        ArgumentOutOfRangeException.ThrowIfNegative(sumInsured);
        ArgumentOutOfRangeException.ThrowIfNegative(excess);
        ArgumentOutOfRangeException.ThrowIfNegative(commissionPercent);
        return new Proposal
        {
            Id = id, Number = $"PR{now:yyyyMMdd}-{id.ToString("N")[^6..].ToUpperInvariant()}", AgentId = agent.Id, AgentUserName = agentUserName,
            RegionCode = agent.RegionCode, CreatedAt = now, StartDate = startDate, Proposer = proposer, Vehicle = vehicle,
            _namedDrivers = [.. namedDrivers], _priorClaims = [.. priorClaims], YearsInsured = yearsInsured, Covers = covers,
            SumInsured = Money.Of(sumInsured).Amount, Excess = Money.Of(excess), CommissionPercent = commissionPercent,
            Status = ProposalStatus.Submitted,
        };
    }

    /// <summary>
    /// Next year's proposal for a policy whose renewal offer the policyholder accepted: same policyholder, vehicle, cover,
    /// sum insured and excess, at the offer's premium. Accepted from the start: the renewal quote re-ran the rules and any
    /// issue went through the underwriter before the offer went out. The disclosure of record is carried over (none for a
    /// policy issued outside the workflow); the policyholder confirmed the facts by accepting the notice.
    /// </summary>
    public static Proposal Renewal(
        Guid id, DateTime now, Policy previous, Proposal? previousProposal, string agentUserName, Proposer proposer, ProposedVehicle vehicle,
        IEnumerable<PriorClaim> priorClaims, decimal premium, string ratedBy)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentOutOfRangeException.ThrowIfNegative(premium);
        var start = previous.ExpiryDate.AddDays(1);
        return new Proposal
        {
            Id = id, Number = $"RN{now:yyyyMMdd}-{id.ToString("N")[^6..].ToUpperInvariant()}", AgentId = previous.AgentId, AgentUserName = agentUserName,
            RegionCode = previous.RegionCode, CreatedAt = now, StartDate = start, Proposer = proposer, Vehicle = vehicle,
            _namedDrivers = [.. previousProposal?.NamedDrivers ?? []], _priorClaims = [.. priorClaims],
            YearsInsured = (previousProposal?.YearsInsured ?? 0) + previous.RenewalNumber + 1, Covers = previous.Covers,
            SumInsured = previous.SumInsured, Excess = previous.Excess, CommissionPercent = previousProposal?.CommissionPercent ?? 0m,
            TariffVersion = ratedBy.Length > 40 ? ratedBy[..40] : ratedBy, RatedPremium = Money.Of(premium).Amount, FinalPremium = Money.Of(premium).Amount,
            _disclosure = [.. previousProposal?.Disclosure ?? []], DisclosedBy = previousProposal?.DisclosedBy, DisclosedAt = previousProposal?.DisclosedAt,
            Status = ProposalStatus.Accepted, Kind = ProposalKind.Renewal, RenewalOfPolicyId = previous.Id,
        };
    }

    public int YoungestDriverAge => _namedDrivers.Select(d => NcdStep.WholeYears(d.BirthDate, StartDate))
        .Append(NcdStep.WholeYears(Proposer.BirthDate, StartDate)).Min();

    public int LeastDrivingYears => _namedDrivers.Select(d => NcdStep.WholeYears(d.LicenceDate, StartDate))
        .Append(NcdStep.WholeYears(Proposer.LicenceDate, StartDate)).Min();

    public int ClaimsLastFiveYears => _priorClaims.Count(c => c.Date >= StartDate.AddYears(-5) && c.Date < StartDate);

    public NcdStep Ncd => NcdStep.FromHistory(YearsInsured, _priorClaims.Select(c => c.Date), StartDate);

    public RatingInput RatingInput() => new(
        Covers, PriceBands.For(Vehicle.NewCarPrice), Vehicle.Usage, RegionCode, YoungestDriverAge, LeastDrivingYears,
        NcdStep.WholeYears(Vehicle.FirstRegistration, StartDate), Ncd);

    public UnderwritingFacts Facts() => new(Vehicle.NewCarPrice, YoungestDriverAge, ClaimsLastFiveYears, Vehicle.Usage, CommissionPercent, SumInsured);

    public void AttachWorkflow(Guid instanceId) => WorkflowInstanceId = instanceId;

    public void RecordQuote(Quote quote)
    {
        TariffVersion = quote.TariffVersion;
        _ratingLines = [.. quote.Lines];
        RatedPremium = quote.IsRated ? quote.Premium : null;
        FinalPremium = RatedPremium;
        Status = quote.IsRated ? ProposalStatus.Rated : ProposalStatus.RatingFailed;
    }

    public void RecordDisclosure(IEnumerable<DisclosureAnswer> answers, string by, DateTime at)
    {
        _disclosure = [.. answers];
        DisclosedBy = by;
        DisclosedAt = at;
        Status = ProposalStatus.Disclosed;
    }

    public void RecordUnderwriting(IReadOnlyList<UnderwritingIssue> issues, AuthorityDecision decision)
    {
        _issues = [.. issues];
        ReviewLevel = decision.IsClean ? null : decision.Level ?? AuthorityLevel.HeadOffice;
        Status = decision.IsClean ? ProposalStatus.Accepted : ProposalStatus.Referred;
    }

    /// <summary>Applies an underwriter's decision; the caller has checked it with <see cref="UnderwriterDecision.Check"/>.</summary>
    public void Decide(UnderwriterDecision decision)
    {
        if (Status != ProposalStatus.Referred)
        {
            throw new InvalidOperationException($"Proposal {Number} is {Status}, not awaiting an underwriter.");
        }

        _decisions = [.. _decisions, decision];
        switch (decision.Kind)
        {
            case DecisionKind.Load:
                LoadingPercent = Percentage.Of(decision.LoadingPercent ?? 0m);
                FinalPremium = RatedPremium is { } p ? Quote.Loaded(Money.Of(p), LoadingPercent).Amount : null;
                Status = ProposalStatus.Accepted;
                break;
            case DecisionKind.RaiseExcess:
                Excess = Money.Of(decision.Excess ?? Excess.Amount);
                Status = ProposalStatus.Accepted;
                break;
            case DecisionKind.Accept:
                Status = ProposalStatus.Accepted;
                break;
            case DecisionKind.Decline:
                DeclineReason = decision.Reason;
                Status = ProposalStatus.Declined;
                break;
            case DecisionKind.ReferUp:
                ReviewLevel = AuthorityLevels.Above(decision.Level)
                    ?? throw new InvalidOperationException("Head office cannot refer up.");
                break;
        }
    }

    public void MarkIssued(Guid policyId)
    {
        if (Status != ProposalStatus.Accepted)
        {
            throw new InvalidOperationException($"Proposal {Number} is {Status}; only an accepted proposal is issued.");
        }

        PolicyId = policyId;
        Status = ProposalStatus.Issued;
    }
}
