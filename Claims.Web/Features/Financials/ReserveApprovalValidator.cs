using System.Text.Json.Nodes;
using Claims.Domain.Financials;
using Claims.Web.Features.Financials.Activities;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Financials;

/// <summary>
/// A senior refuses a reserve change with a reason (<c>data.comment</c>, up to 500 characters); an approval may carry one,
/// and only an approver whose own reserve authority covers the reserve may approve it.
/// </summary>
public sealed class ReserveApprovalValidator(ClaimsDbContext db, MoneyOptions options) : ITaskCompletionValidator
{
    public const int MaxReason = 500;

    public bool Handles(string kind) => kind == DecideReserveChange.TaskKind;

    public Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(WorkTask task, string outcome, JsonNode? data, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, string[]>>(ReasonErrors(outcome, data));

    public async Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(WorkTask task, string outcome, JsonNode? data, string userName, CancellationToken ct)
    {
        var errors = ReasonErrors(outcome, data);
        if (errors.Count > 0 || outcome != "Approve")
        {
            return errors;
        }

        // The request the decision applies to: the claim's oldest pending one (DecideReserveChange applies the same).
        var request = await db.Claims.Where(c => c.WorkflowInstanceId == task.WorkflowInstanceId)
            .Join(db.Set<ReserveRequest>(), c => c.Id, r => r.ClaimId, (c, r) => r)
            .Where(r => r.Status == ReserveRequestStatus.Pending).OrderBy(r => r.RequestedAt).FirstOrDefaultAsync(ct);
        if (request is null)
        {
            return errors;
        }

        var level = await db.Users.Where(u => u.UserName == userName).Select(u => u.AuthorityLevel).SingleOrDefaultAsync(ct);
        if (ReserveAuthority.ApprovalRefusal(request.Reserve, level, options.ReserveAuthorityLimits) is { } refusal)
        {
            errors["authority"] = [refusal];
        }

        return errors;
    }

    /// <summary>The decision's reason from the task data, trimmed ("" when none, or not text).</summary>
    public static string Comment(JsonNode? data) =>
        data is JsonObject o && o["comment"] is JsonValue v && v.TryGetValue<string>(out var text) ? text.Trim() : "";

    private static Dictionary<string, string[]> ReasonErrors(string outcome, JsonNode? data)
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

        return errors;
    }
}
