namespace Claims.Workflows.Tasks;

public enum WorkTaskStatus { Open, Completed, Cancelled }

/// <summary>A human checkpoint waiting in the work queue of a role or a user.</summary>
public sealed class WorkTask
{
    private WorkTask() { }

    public Guid Id { get; private set; }
    public string Kind { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string? AssigneeRole { get; private set; }
    public string? AssigneeUser { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? DueAt { get; private set; }
    public string? Link { get; private set; }
    /// <summary>Outcomes the completer may choose from; empty means any.</summary>
    public string AllowedOutcomes { get; private set; } = "";
    public WorkTaskStatus Status { get; private set; }
    public string? Outcome { get; private set; }
    public string? DataJson { get; private set; }
    public string? CompletedBy { get; private set; }
    public DateTime? CompletedAt { get; private set; }
    /// <summary>The workflow bookmark this task resumes, when a workflow created it.</summary>
    public Guid? BookmarkId { get; private set; }
    public Guid? WorkflowInstanceId { get; private set; }
    /// <summary>The role that takes the task over once it is overdue.</summary>
    public string? EscalateTo { get; private set; }
    public DateTime? EscalatedAt { get; private set; }
    public int Version { get; private set; }

    public static WorkTask Open(
        string kind, string subject, string? role, string? user, DateTime now, DateTime? due,
        string? link, IEnumerable<string> allowedOutcomes, Guid? bookmarkId = null, Guid? workflowInstanceId = null, string? escalateTo = null)
    {
        if (role is null && user is null)
        {
            throw new ArgumentException("A task needs a role or a user.");
        }

        var id = Guid.CreateVersion7(now);
        return new WorkTask
        {
            Id = id,
            Kind = kind,
            Subject = subject,
            AssigneeRole = role,
            AssigneeUser = user,
            CreatedAt = now,
            DueAt = due,
            // Without a page of its own, a task opens on the generic task page.
            Link = link ?? $"/Tasks/{id}",
            AllowedOutcomes = string.Join(',', allowedOutcomes),
            Status = WorkTaskStatus.Open,
            BookmarkId = bookmarkId,
            WorkflowInstanceId = workflowInstanceId,
            EscalateTo = escalateTo,
        };
    }

    public IReadOnlyList<string> Outcomes =>
        AllowedOutcomes.Length == 0 ? [] : AllowedOutcomes.Split(',');

    public bool IsFor(string userName, IEnumerable<string> roles) =>
        AssigneeUser is not null
            ? string.Equals(AssigneeUser, userName, StringComparison.OrdinalIgnoreCase)
            : roles.Contains(AssigneeRole, StringComparer.Ordinal);

    public TaskCompletion Complete(string outcome, string? dataJson, string by, DateTime now)
    {
        if (Status != WorkTaskStatus.Open)
        {
            return TaskCompletion.AlreadyClosed;
        }

        if (Outcomes.Count > 0 && !Outcomes.Contains(outcome, StringComparer.Ordinal))
        {
            return TaskCompletion.UnknownOutcome;
        }

        Status = WorkTaskStatus.Completed;
        Outcome = outcome;
        DataJson = dataJson;
        CompletedBy = by;
        CompletedAt = now;
        Version++;
        return TaskCompletion.Completed;
    }

    /// <summary>The workflow moved on without this task (cancelled or resumed another way).</summary>
    public void Cancel(DateTime now)
    {
        if (Status != WorkTaskStatus.Open)
        {
            return;
        }

        Status = WorkTaskStatus.Cancelled;
        CompletedAt = now;
        Version++;
    }

    /// <summary>An overdue task moves once to its escalation role, with a fresh assignment.</summary>
    public bool Escalate(DateTime now)
    {
        if (Status != WorkTaskStatus.Open || EscalateTo is null || EscalatedAt is not null || DueAt is null || DueAt > now)
        {
            return false;
        }

        AssigneeRole = EscalateTo;
        AssigneeUser = null;
        EscalatedAt = now;
        Version++;
        return true;
    }
}

public enum TaskCompletion { Completed, AlreadyClosed, UnknownOutcome }
