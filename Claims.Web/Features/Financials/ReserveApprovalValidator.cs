using System.Text.Json.Nodes;
using Claims.Web.Features.Financials.Activities;
using Claims.Web.Features.Tasks;
using Claims.Workflows.Tasks;

namespace Claims.Web.Features.Financials;

/// <summary>A senior refuses a reserve change with a reason (<c>data.comment</c>, up to 500 characters); an approval may carry one.</summary>
public sealed class ReserveApprovalValidator : ITaskCompletionValidator
{
    public const int MaxReason = 500;

    public bool Handles(string kind) => kind == DecideReserveChange.TaskKind;

    public Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(WorkTask task, string outcome, JsonNode? data, CancellationToken ct)
    {
        var comment = Comment(data);
        var errors = new Dictionary<string, string[]>();
        if (comment.Length > MaxReason)
        {
            errors["comment"] = [$"A reason is at most {MaxReason} characters."];
        }
        else if (outcome == "Decline" && comment.Length == 0)
        {
            errors["comment"] = ["Say why the reserve change is refused: the adjuster reads it."];
        }

        return Task.FromResult<IReadOnlyDictionary<string, string[]>>(errors);
    }

    /// <summary>The decision's reason from the task data, trimmed ("" when none, or not text).</summary>
    public static string Comment(JsonNode? data) =>
        data is JsonObject o && o["comment"] is JsonValue v && v.TryGetValue<string>(out var text) ? text.Trim() : "";
}
