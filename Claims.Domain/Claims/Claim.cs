using Claims.Domain.Common;
using Claims.Domain.Estimates;
using Claims.Domain.Financials;
using Claims.Domain.Policies;

namespace Claims.Domain.Claims;

/// <summary>A motor claim from first notice to closure; the workflow moves it, these methods keep it consistent.</summary>
public sealed class Claim
{
    private readonly List<EstimateLine> _lines = [];

    private Claim() { }

    public Guid Id { get; private set; }
    public string Number { get; private set; } = "";
    public Guid PolicyId { get; private set; }
    /// <summary>The agent who sold the policy, copied at notice: claims are judged against their agent without reading the policy.</summary>
    public Guid AgentId { get; private set; }
    public string PolicyNumber { get; private set; } = "";
    public Guid VehicleId { get; private set; }
    public string ModelCode { get; private set; } = "";
    public DateTime LossAt { get; private set; }
    public string LossPlace { get; private set; } = "";
    public string RegionCode { get; private set; } = "";
    public LossCause Cause { get; private set; }
    public string Description { get; private set; } = "";
    public LiabilityShare Liability { get; private set; }
    public bool Injuries { get; private set; }
    public bool Drivable { get; private set; }
    public int ThirdPartyCount { get; private set; }
    public string? ThirdParties { get; private set; }
    public NoticeChannel Channel { get; private set; }
    public string ReportedBy { get; private set; } = "";
    public DateTime ReportedAt { get; private set; }
    public Money Excess { get; private set; }

    public ClaimStatus Status { get; private set; }
    public string? RejectionReason { get; private set; }
    public string? AssignedAdjuster { get; private set; }
    public int AdjusterLevel { get; private set; }
    public Guid? WorkflowInstanceId { get; private set; }

    public ShopClass ShopClass { get; private set; }
    /// <summary>The repair shop's name as the adjuster entered it; shop scorecards group by it.</summary>
    public string? RepairShop { get; private set; }
    /// <summary>The network shop the adjuster assigned; its class sets the estimate's hourly rate (null: none assigned).</summary>
    public Guid? RepairShopId { get; private set; }
    public bool PearlPaint { get; private set; }
    public IReadOnlyList<EstimateLine> Lines => _lines;
    // A copy per claim: EF maps the totals as an owned type and tracks one instance for one owner only, so claims
    // sharing EstimateTotals.None could not be added in one unit of work (the second saved with null totals).
    public EstimateTotals Totals { get; private set; } = EstimateTotals.None with { };
    public int EstimateRevision { get; private set; }
    public DateTime? EstimatedAt { get; private set; }
    public int DeviationCount { get; private set; }
    public int ReplaceFlagCount { get; private set; }
    public int? ReferredToLevel { get; private set; }

    public string? PaymentReference { get; private set; }
    public decimal? PaidAmount { get; private set; }
    public DateTime? PaidAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    /// <summary>The policyholder's customer tier when the loss was reported (null when untiered).</summary>
    public string? CustomerTier { get; private set; }
    /// <summary>Fast-tracked for the tier: a shorter survey service level and first in the queues.</summary>
    public bool FastTrack { get; private set; }
    /// <summary>What the survey found on the disclosure checklist's items; null until the adjuster records it.</summary>
    public SurveyFindings? Findings { get; private set; }
    /// <summary>Disclosure answers the findings contradict (0 when none, or when the policy had no attested disclosure).</summary>
    public int DisclosureContradictions { get; private set; }
    /// <summary>The contradicted checklist keys, comma-separated, for the claim page and the agent's scorecard.</summary>
    public string? ContradictedItems { get; private set; }
    /// <summary>The contradicted checklist keys as a list (none when nothing is contradicted).</summary>
    public IReadOnlyList<string> ContradictedKeys => ContradictedItems?.Split(',') ?? [];
    /// <summary>The vehicle's actual value on the loss date, from the last total-loss check (null before one).</summary>
    public decimal? ActualValue { get; private set; }
    /// <summary>A constructive total loss: actual value × share − excess replaces the repair payable (null: repaired).</summary>
    public decimal? TotalLossPayable { get; private set; }
    /// <summary>The liable party we pay the other party's share for and recover it from, at the policyholder's request (null: none).</summary>
    public string? SubrogationParty { get; private set; }
    public int Version { get; private set; }

    public bool IsTotalLoss => TotalLossPayable is not null;

    /// <summary>The other party's share we pay under subrogation: net (a total loss: actual value) × (1 − share).</summary>
    public decimal SubrogatedAmount => SubrogationParty is null ? 0m
        : Subrogation.OtherPartyShare(IsTotalLoss ? Money.Of(ActualValue ?? 0m) : Totals.Net, Totals.ShareRate).Amount;

    /// <summary>What the approved settlement pays: the repair payable or the total-loss settlement, plus a subrogated share.</summary>
    public decimal Settlement => (TotalLossPayable ?? Totals.Payable.Amount) + SubrogatedAmount;

    public DateOnly LossDate => DateOnly.FromDateTime(LossAt);

    public bool IsOpen => Status is not (ClaimStatus.Closed or ClaimStatus.Rejected or ClaimStatus.Denied);

    public static Claim Notify(Guid id, string number, Policy policy, Vehicle vehicle, NoticeOfLoss notice, decimal excess, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(notice.LossPlace);
        ArgumentException.ThrowIfNullOrWhiteSpace(notice.Description);
        if (notice.LossAt > now)
        {
            throw new ArgumentException("A loss cannot be reported before it happens.", nameof(notice));
        }

        return new Claim
        {
            Id = id, Number = number, PolicyId = policy.Id, AgentId = policy.AgentId, PolicyNumber = policy.Number, VehicleId = vehicle.Id, ModelCode = vehicle.ModelCode,
            LossAt = notice.LossAt, LossPlace = notice.LossPlace.Trim(), RegionCode = notice.LossRegionCode.Trim().ToUpperInvariant(),
            Cause = notice.Cause, Description = notice.Description.Trim(), Liability = notice.Liability, Injuries = notice.Injuries,
            Drivable = notice.Drivable, ThirdPartyCount = notice.ThirdPartyCount, ThirdParties = notice.ThirdParties?.Trim(),
            Channel = notice.Channel, ReportedBy = notice.ReportedBy, ReportedAt = now, Excess = Money.Of(excess), Status = ClaimStatus.Notified,
        };
    }

    public void AttachWorkflow(Guid instanceId) => WorkflowInstanceId = instanceId;

    /// <summary>The service level the customer's tier earns, decided at notice.</summary>
    public void ApplyServiceLevel(string? customerTier, bool fastTrack)
    {
        CustomerTier = string.IsNullOrWhiteSpace(customerTier) ? null : customerTier.Trim();
        FastTrack = fastTrack;
    }

    public void Reject(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        EnsureOpen();
        Status = ClaimStatus.Rejected;
        RejectionReason = reason;
        Touch();
    }

    public void AssignSurveyor(string? userName, int level)
    {
        EnsureOpen();
        AssignedAdjuster = userName;
        AdjusterLevel = level;
        Status = ClaimStatus.Surveying;
        Touch();
    }

    /// <summary>Replaces the estimate and recomputes everything derived from it.</summary>
    public EstimateTotals RecordEstimate(IReadOnlyList<EstimateLine> lines, ShopClass shopClass, bool pearlPaint, decimal salvage, EstimateRules rules, DateTime now, string? repairShop = null)
    {
        if (Status != ClaimStatus.Surveying)
        {
            throw new InvalidOperationException($"Claim {Number} is {Status}; an estimate is recorded only during the survey.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(salvage);
        _lines.Clear();
        _lines.AddRange(lines);
        ShopClass = shopClass;
        RepairShop = string.IsNullOrWhiteSpace(repairShop) ? null : repairShop.Trim();
        PearlPaint = pearlPaint;
        Totals = EstimateCalculator.Calculate(_lines, pearlPaint, salvage, Liability, Excess.Amount, rules);
        DeviationCount = PriceVerification.Check(_lines, rules.PriceTolerance).Count;
        ReplaceFlagCount = RepairOrReplace.Check(_lines, rules.RepairReplaceThreshold).Count;
        EstimateRevision++;
        EstimatedAt = now;
        Touch();
        return Totals;
    }

    public bool HasEstimate => _lines.Count > 0;

    /// <summary>Assigns a network repair shop before the estimate is submitted: its name and class go on the estimate.</summary>
    public void AssignShop(Guid shopId, string name, ShopClass shopClass)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (Status is not (ClaimStatus.Notified or ClaimStatus.Surveying))
        {
            throw new InvalidOperationException($"Claim {Number} is {Status}; a repair shop is assigned before the estimate is submitted.");
        }

        (RepairShopId, RepairShop, ShopClass) = (shopId, name.Trim(), shopClass);
        Touch();
    }

    /// <summary>The fraud score referred the claim to special investigation: it waits for the investigator.</summary>
    public void ReferToInvestigation()
    {
        EnsureOpen();
        Status = ClaimStatus.Investigation;
        Touch();
    }

    /// <summary>Special investigation reduced the settlement: the payable becomes the investigator's figure (never more than before).</summary>
    public void ReduceSettlement(decimal payable)
    {
        EnsureOpen();
        ArgumentOutOfRangeException.ThrowIfNegative(payable);
        Totals = Totals with { Payable = Money.Min(Money.Of(payable), Totals.Payable) };
        Touch();
    }

    /// <summary>Special investigation denied the claim: it closes without payment.</summary>
    public void Deny(DateTime now)
    {
        EnsureOpen();
        Status = ClaimStatus.Denied;
        ClosedAt = now;
        Touch();
    }

    /// <summary>Records the survey's findings and the disclosure check made from them; replaces an earlier record.</summary>
    public void RecordFindings(SurveyFindings findings, DisclosureCheckResult check)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(check);
        if (Status != ClaimStatus.Surveying)
        {
            throw new InvalidOperationException($"Claim {Number} is {Status}; findings are recorded only during the survey.");
        }

        Findings = findings;
        DisclosureContradictions = check.Count;
        ContradictedItems = check.Count == 0 ? null : string.Join(',', check.Contradictions.Select(c => c.Key));
        Touch();
    }

    /// <summary>After submission: to the price checker when a line deviates, else straight on.</summary>
    public void SubmitForPriceCheck(bool needsVerification)
    {
        EnsureOpen();
        Status = needsVerification ? ClaimStatus.PriceVerification : ClaimStatus.Estimated;
        Touch();
    }

    public void ReturnForSurvey()
    {
        EnsureOpen();
        Status = ClaimStatus.Surveying;
        Touch();
    }

    public void RecordAuthority(AuthorityDecision decision)
    {
        EnsureOpen();
        Status = decision.IsWithin ? ClaimStatus.Approved : ClaimStatus.AwaitingApproval;
        ReferredToLevel = decision.ReferToLevel;
        Touch();
    }

    public void RecordPayment(string reference, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        if (Status is not (ClaimStatus.Approved or ClaimStatus.AwaitingApproval))
        {
            throw new InvalidOperationException($"Claim {Number} is {Status}; only an approved settlement is paid.");
        }

        PaymentReference = reference;
        PaidAmount = Settlement;
        PaidAt = now;
        Status = ClaimStatus.Paid;
        Touch();
    }

    /// <summary>Records the vehicle's actual value from the total-loss check of the submitted estimate; an earlier total-loss settlement lapses.</summary>
    public void RecordTotalLossCheck(decimal actualValue)
    {
        EnsureBeforeApproval("a total-loss check");
        ActualValue = actualValue;
        TotalLossPayable = null;
        Touch();
    }

    /// <summary>Settles the checked total loss: actual value × share − excess replaces the repair payable, and the wreck is ours to sell.</summary>
    public void SettleAsTotalLoss()
    {
        EnsureBeforeApproval("a total-loss settlement");
        var actualValue = ActualValue ?? throw new InvalidOperationException($"Claim {Number} has no actual value; check the total loss first.");
        TotalLossPayable = TotalLoss.Settlement(Money.Of(actualValue), Totals.ShareRate, Excess).Amount;
        Touch();
    }

    /// <summary>The policyholder asks us to pay the other party's share too; allowed until the settlement is approved.</summary>
    public void RequestSubrogation(string liableParty)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(liableParty);
        EnsureBeforeApproval("subrogation");
        SubrogationParty = liableParty.Trim();
        Touch();
    }

    /// <summary>The settlement is still open to change: the estimate is in survey or checks, not yet approved or paid.</summary>
    public bool IsBeforeApproval => Status is ClaimStatus.Notified or ClaimStatus.Surveying or ClaimStatus.Estimated or ClaimStatus.PriceVerification;

    /// <summary>The approved settlement is now paid out through the ledger, payment by payment (the settlement route chose it).</summary>
    public void ApproveForPayments()
    {
        if (Status is not (ClaimStatus.Approved or ClaimStatus.AwaitingApproval))
        {
            throw new InvalidOperationException($"Claim {Number} is {Status}; only an approved settlement is paid.");
        }

        Status = ClaimStatus.Approved;
        Touch();
    }

    /// <summary>
    /// A ledger payment or void changes the claim's version, so two payments computed from one state cannot both be stored;
    /// a final payment marks the claim paid with the ledger's total, a voided one reopens it to payments.
    /// </summary>
    public void RecordLedgerPayment(decimal paidSoFar, bool settled, string? reference, DateTime now)
    {
        if (Status is not (ClaimStatus.Approved or ClaimStatus.Paid))
        {
            throw new InvalidOperationException($"Claim {Number} is {Status}; payments are made once the settlement is approved.");
        }

        Status = settled ? ClaimStatus.Paid : ClaimStatus.Approved;
        PaidAmount = settled ? paidSoFar : null;
        PaidAt = settled ? now : null;
        PaymentReference = settled ? reference : null;
        Touch();
    }

    /// <summary>A reserve change written to the ledger also moves the version: concurrent changes of one claim's money serialise on it.</summary>
    public void RecordLedgerChange() => Touch();

    public void Close(DateTime now)
    {
        if (Status != ClaimStatus.Paid)
        {
            throw new InvalidOperationException($"Claim {Number} is {Status}; only a paid claim closes.");
        }

        Status = ClaimStatus.Closed;
        ClosedAt = now;
        Touch();
    }

    private void EnsureBeforeApproval(string what)
    {
        if (!IsBeforeApproval)
        {
            throw new InvalidOperationException($"Claim {Number} is {Status}; {what} changes the settlement only before approval.");
        }
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException($"Claim {Number} is {Status}.");
        }
    }

    private void Touch() => Version++;
}
