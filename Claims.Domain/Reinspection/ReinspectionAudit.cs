using Claims.Domain.Estimates;

namespace Claims.Domain.Reinspection;

/// <summary>
/// A re-inspection (复勘) of one closed claim: why it was sampled, the re-inspector's audited estimate, leakage,
/// the adjuster's feedback and how it ended. The workflow moves it; these methods keep it consistent.
/// </summary>
public sealed class ReinspectionAudit
{
    private readonly List<AuditLine> _lines = [];

    private ReinspectionAudit() { }

    public Guid Id { get; private set; }
    public Guid ClaimId { get; private set; }
    public string ClaimNumber { get; private set; } = "";
    public string RegionCode { get; private set; } = "";
    public string? Adjuster { get; private set; }
    public string ShopName { get; private set; } = "";
    public ShopClass ShopClass { get; private set; }
    public decimal PaidAmount { get; private set; }
    /// <summary>Comma-separated <see cref="SamplingReason"/> names.</summary>
    public string Reasons { get; private set; } = "";
    public decimal Draw { get; private set; }
    public DateTime SampledAt { get; private set; }
    public Guid? WorkflowInstanceId { get; private set; }

    public string? Reinspector { get; private set; }
    public AuditStatus Status { get; private set; }
    public IReadOnlyList<AuditLine> Lines => _lines;
    public decimal OriginalSalvage { get; private set; }
    public decimal AuditedSalvage { get; private set; }
    public FindingCategory? SalvageFinding { get; private set; }
    public DateTime? ReEstimatedAt { get; private set; }

    public decimal? ShouldHavePaid { get; private set; }
    public decimal? Leakage { get; private set; }
    public DateTime? ComputedAt { get; private set; }

    public AuditResolution? Resolution { get; private set; }
    public string? DisputeReason { get; private set; }
    public string? ResolvedBy { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<SamplingReason> ReasonList =>
        [.. Reasons.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<SamplingReason>)];

    /// <summary>Line findings and the salvage finding; none once a senior overturned the audit.</summary>
    public IReadOnlyList<FindingCategory> Findings => Resolution == AuditResolution.Overturned
        ? []
        : [.. _lines.Where(l => l.Finding is not null).Select(l => l.Finding!.Value), .. SalvageFinding is { } s ? new[] { s } : []];

    /// <summary>What counts against the adjuster: the leakage unless overturned.</summary>
    public decimal ConfirmedLeakage => Resolution is null or AuditResolution.Overturned ? 0 : Leakage ?? 0;

    public static ReinspectionAudit Sample(
        Guid id, Guid claimId, string claimNumber, string regionCode, string? adjuster, string shopName, ShopClass shopClass, decimal paid,
        IReadOnlyList<EstimateLine> estimate, decimal salvage, SamplingDecision decision, DateTime now)
    {
        if (!decision.Sampled)
        {
            throw new InvalidOperationException($"Claim {claimNumber} was not sampled.");
        }

        var audit = new ReinspectionAudit
        {
            Id = id, ClaimId = claimId, ClaimNumber = claimNumber, RegionCode = regionCode, Adjuster = adjuster, ShopName = shopName, ShopClass = shopClass,
            PaidAmount = paid, Reasons = string.Join(',', decision.Reasons), Draw = decision.Draw, SampledAt = now, Status = AuditStatus.ReEstimating,
            OriginalSalvage = salvage, AuditedSalvage = salvage,
        };
        audit._lines.AddRange(estimate.Select((line, i) => AuditLine.CopyOf(i, line)));
        return audit;
    }

    public void AttachWorkflow(Guid instanceId) => WorkflowInstanceId = instanceId;

    public void AssignReinspector(string? userName)
    {
        Reinspector = userName;
        Touch();
    }

    public void RecordReEstimate(ReEstimateResult result, decimal auditedSalvage, FindingCategory? salvageFinding, DateTime now)
    {
        if (Status != AuditStatus.ReEstimating || !result.IsValid || result.Lines.Count != _lines.Count)
        {
            throw new InvalidOperationException($"Audit of {ClaimNumber} is {Status}; only a valid re-estimate of every line is recorded while re-estimating.");
        }

        _lines.Clear();
        _lines.AddRange(result.Lines);
        AuditedSalvage = auditedSalvage;
        SalvageFinding = auditedSalvage == OriginalSalvage ? null : salvageFinding;
        ReEstimatedAt = now;
        Touch();
    }

    public void RecordLeakage(LeakageResult result, DateTime now)
    {
        if (Status != AuditStatus.ReEstimating)
        {
            throw new InvalidOperationException($"Audit of {ClaimNumber} is {Status}.");
        }

        ShouldHavePaid = result.ShouldHavePaid;
        Leakage = result.Leakage;
        ComputedAt = now;
        Status = AuditStatus.FeedbackPending;
        Touch();
    }

    /// <summary>Closes the audit; returns the leakage that now counts (zero when overturned).</summary>
    public decimal Close(AuditResolution resolution, string? disputeReason, string? by, DateTime now)
    {
        if (Status != AuditStatus.FeedbackPending)
        {
            throw new InvalidOperationException($"Audit of {ClaimNumber} is {Status}; only an audit awaiting feedback closes.");
        }

        Resolution = resolution;
        DisputeReason = string.IsNullOrWhiteSpace(disputeReason) ? null : disputeReason.Trim();
        ResolvedBy = by;
        ClosedAt = now;
        Status = AuditStatus.Closed;
        Touch();
        return ConfirmedLeakage;
    }

    public AuditResult? Result => ClosedAt is { } closed ? new AuditResult(closed, PaidAmount, ConfirmedLeakage, Findings) : null;

    private void Touch() => Version++;
}
