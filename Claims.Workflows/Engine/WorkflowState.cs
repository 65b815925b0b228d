using System.Text.Json;
using System.Text.Json.Nodes;
using Claims.Workflows.Definitions;

namespace Claims.Workflows.Engine;

/// <summary>Everything needed to continue an instance later; serializes to JSON as it stands.</summary>
public sealed class WorkflowState
{
    public Guid Id { get; set; }
    public string DefinitionId { get; set; } = "";
    /// <summary>The id of the definition version the instance runs.</summary>
    public string DefinitionVersionId { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public WorkflowStatus Status { get; set; }
    public JsonObject Variables { get; set; } = new();
    public JsonObject Input { get; set; } = new();
    public BusinessObjectReference? BusinessObject { get; set; }
    /// <summary>Set on a child started by a dispatch that waits: whom to resume when it ends.</summary>
    public ParentLink? Parent { get; set; }
    /// <summary>What a finished instance hands to a waiting parent (see <see cref="ChildWorkflows.Output"/>).</summary>
    public JsonObject? Output { get; set; }
    public List<Bookmark> Bookmarks { get; set; } = [];
    /// <summary>Resumed bookmarks, so a second resume reads "already consumed" rather than "not found".</summary>
    public List<Guid> ConsumedBookmarkIds { get; set; } = [];
    /// <summary>Activities scheduled but not yet run; non-empty only after a fault.</summary>
    public List<string> Scheduled { get; set; } = [];
    /// <summary>Branches that reached a join which has not run yet (it waits for the others, or runs next).</summary>
    public List<FlowToken> Tokens { get; set; } = [];
    public List<Incident> Incidents { get; set; } = [];
    public List<JournalEntry> Journal { get; set; } = [];
    public long NextSequence { get; set; } = 1;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    public string ToJson() => JsonSerializer.Serialize(this, WorkflowJson.Options);

    public static WorkflowState FromJson(string json) =>
        JsonSerializer.Deserialize<WorkflowState>(json, WorkflowJson.Options)
        ?? throw new JsonException("The workflow state is null.");

    public WorkflowState Clone() => FromJson(ToJson());
}
