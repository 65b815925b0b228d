namespace Claims.Workflows.Engine;

public enum RunOutcome
{
    Finished,
    Suspended,
    Faulted,
    /// <summary>No such bookmark on this instance (API: 404 or 409).</summary>
    BookmarkNotFound,
    /// <summary>The bookmark was resumed before (API: 409).</summary>
    BookmarkAlreadyConsumed,
    /// <summary>The outcome is not one of the activity's ports; nothing changed.</summary>
    UnknownOutcome,
    /// <summary>The instance is finished or faulted, or the definition does not match it.</summary>
    NotResumable,
}

/// <summary>
/// The result of a run. Side effects are data for the caller to store in one transaction:
/// bookmarks to create (tasks, timers) and to remove, and the journal and incidents added.
/// </summary>
public sealed record RunResult(
    RunOutcome Outcome,
    WorkflowState State,
    IReadOnlyList<Bookmark> CreatedBookmarks,
    IReadOnlyList<Bookmark> RemovedBookmarks,
    IReadOnlyList<JournalEntry> NewJournalEntries,
    IReadOnlyList<Incident> NewIncidents,
    string? Message = null)
{
    /// <summary>Child workflows to start through the host's dispatcher, with the state (the outbox makes it durable).</summary>
    public IReadOnlyList<ChildDispatch> Dispatches { get; init; } = [];

    public bool IsRejected => Outcome is RunOutcome.BookmarkNotFound or RunOutcome.BookmarkAlreadyConsumed
        or RunOutcome.UnknownOutcome or RunOutcome.NotResumable;

    public static RunResult Rejected(RunOutcome outcome, WorkflowState state, string message) =>
        new(outcome, state, [], [], [], [], message);
}
