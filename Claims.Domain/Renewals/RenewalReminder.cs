namespace Claims.Domain.Renewals;

/// <summary>A reminder stage recorded for a policy; (policy, stage) is unique, which is what makes each stage go out once.</summary>
public sealed class RenewalReminder
{
    private RenewalReminder() { }

    public Guid Id { get; private set; }
    public Guid PolicyId { get; private set; }
    public RenewalStage Stage { get; private set; }
    public DateOnly DueOn { get; private set; }
    public bool CallTask { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public DateTime? NoticeSentAt { get; private set; }

    public static RenewalReminder Record(Guid policyId, StageDecision decision, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(now),
        PolicyId = policyId,
        Stage = decision.Stage,
        DueOn = decision.DueOn,
        CallTask = decision.CallTask,
        RecordedAt = now,
    };

    public void MarkNoticeSent(DateTime now) => NoticeSentAt ??= now;
}
