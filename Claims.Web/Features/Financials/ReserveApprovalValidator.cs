using System.Text.Json.Nodes;
using Claims.Domain.Financials;
using Claims.Web.Features.Financials.Activities;
using Claims.Web.Features.Claims;
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

        var claimId = await ClaimTasks.ClaimIdAsync(db, task, ct);
        if (claimId is null || await DecideReserveChange.PendingRequestAsync(db, claimId.Value, ct) is not { } request)
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

    private static Dictionary<string, string[]> ReasonErrors(string outcome, JsonNode? data)
    {
        var comment = TaskComment.Of(data);
        var errors = new Dictionary<string, string[]>();
        if (comment.Length > TaskComment.MaxLength)
        {
            errors["comment"] = [$"A reason is at most {TaskComment.MaxLength} characters."];
        }
        else if (outcome == "Decline" && comment.Length == 0)
        {
            errors["comment"] = ["Say why the reserve change is refused: the adjuster reads it."];
        }

        return errors;
    }
}
