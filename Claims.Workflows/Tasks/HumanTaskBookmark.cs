using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Claims.Workflows.Tasks;

/// <summary>
/// The payload of a human-task bookmark: the work task to queue and the outcomes it offers. The JSON names are stored in
/// instance state and bookmark rows, so they never change.
/// </summary>
public sealed record HumanTaskBookmark(
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("subject")] string? Subject,
    [property: JsonPropertyName("assigneeRole")] string? AssigneeRole,
    [property: JsonPropertyName("assigneeUser")] string? AssigneeUser,
    [property: JsonPropertyName("dueAt")] DateTimeOffset? DueAt,
    [property: JsonPropertyName("escalateTo")] string? EscalateTo,
    [property: JsonPropertyName("outcomes")] IReadOnlyList<string?>? Outcomes,
    [property: JsonPropertyName("link")] string? Link)
{
    private static readonly HumanTaskBookmark Empty = new(null, null, null, null, null, null, null, null);

    /// <summary>The outcomes offered, in order; resuming is checked against them.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> OfferedOutcomes => Outcomes?.Select(o => o ?? "").ToList() ?? [];

    public JsonObject ToJson() => JsonSerializer.SerializeToNode(this)!.AsObject();

    /// <summary>Reads a stored payload; a bookmark without one reads as empty.</summary>
    public static HumanTaskBookmark FromJson(JsonObject? payload) => payload?.Deserialize<HumanTaskBookmark>() ?? Empty;
}
