using System.Text.Json.Nodes;

namespace Claims.Web.Features.Tasks;

/// <summary>The free-text reason a task decision carries in <c>data.comment</c> (approvals, refusals, supplements).</summary>
public static class TaskComment
{
    /// <summary>The longest reason a decision may carry; the ledger line that quotes it holds as much.</summary>
    public const int MaxLength = 500;

    /// <summary>The reason from the task data, trimmed ("" when none, or not text).</summary>
    public static string Of(JsonNode? data) =>
        data is JsonObject o && o["comment"] is JsonValue v && v.TryGetValue<string>(out var text) ? text.Trim() : "";
}
