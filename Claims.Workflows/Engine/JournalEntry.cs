namespace Claims.Workflows.Engine;

public enum JournalEvent { Started, Completed, Suspended, Resumed, Faulted, Cancelled }

/// <summary>One line of an instance's execution log, in the order things happened.</summary>
public sealed record JournalEntry(
    long Sequence,
    string ActivityId,
    string NodeId,
    string ActivityType,
    JournalEvent Event,
    string? Outcome,
    DateTimeOffset Timestamp,
    string? Message = null);
