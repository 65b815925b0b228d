namespace Claims.Workflows.Alterations;

/// <summary>Elsa's job states; ours never stays Running, since a job commits or fails in one transaction.</summary>
public enum AlterationJobStatus { Pending, Running, Completed, Failed }

/// <summary>The plan applied to one instance: pending until its durable message runs, then completed or failed with the log.</summary>
public sealed class AlterationJobRecord
{
    private AlterationJobRecord() { }

    public Guid Id { get; private set; }
    public Guid PlanId { get; private set; }
    public Guid WorkflowInstanceId { get; private set; }
    public AlterationJobStatus Status { get; private set; }
    /// <summary>The log lines, one per line; on failure the last says why.</summary>
    public string? Log { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? CompletedAt { get; private set; }

    public static AlterationJobRecord Create(Guid id, Guid planId, Guid instanceId, DateTime now) => new()
    {
        Id = id,
        PlanId = planId,
        WorkflowInstanceId = instanceId,
        Status = AlterationJobStatus.Pending,
        CreatedAt = now,
    };

    public IReadOnlyList<string> LogLines => Log is null ? [] : Log.Split('\n');

    public void Finish(AlterationResult result, DateTime now)
    {
        Status = result.Succeeded ? AlterationJobStatus.Completed : AlterationJobStatus.Failed;
        Log = string.Join('\n', result.Log);
        CompletedAt = now;
    }
}
