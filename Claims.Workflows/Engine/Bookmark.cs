using System.Text.Json.Nodes;

namespace Claims.Workflows.Engine;

public enum BookmarkKind { HumanTask, Timer, Message, ChildWorkflow }

/// <summary>A point where a workflow waits: a task, a timer (with <see cref="FireAt"/>), a named message or a child workflow's end.</summary>
public sealed record Bookmark(
    Guid Id,
    string ActivityId,
    string ActivityNodeId,
    string ActivityType,
    BookmarkKind Kind,
    string? Name,
    JsonObject? Payload,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FireAt);
