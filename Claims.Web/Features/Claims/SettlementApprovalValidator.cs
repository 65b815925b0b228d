using System.Text.Json.Nodes;
using Claims.Domain.Claims;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Claims;

/// <summary>
/// A claim's settlement approval (the referral-approval sub-flow's review or senior review): only an approver whose
/// settlement authority level reaches the level the claim is referred to may accept it, and a decline says why (the
/// adjuster reads it). A referral serving no claim (a proposal's) is not this validator's. Claims started on v1 wait at
/// the inline SeniorApproval task (Approve / Return) and are checked alike.
/// </summary>
public sealed class SettlementApprovalValidator(ClaimsDbContext db, ClaimRules rules) : ITaskCompletionValidator
{
    public bool Handles(string kind) => ClaimTasks.IsSettlementApproval(kind);

    /// <summary>Without the user the authority cannot be checked; the completer always calls the overload with the user.</summary>
    public Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(WorkTask task, string outcome, JsonNode? data, CancellationToken ct) =>
        ValidateAsync(task, outcome, data, "", ct);

    public async Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(WorkTask task, string outcome, JsonNode? data, string userName, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (await ClaimTasks.ClaimOfAsync(db, task, ct) is not { } claim)
        {
            return errors;
        }

        var comment = TaskComment.Of(data);
        if (comment.Length > TaskComment.MaxLength)
        {
            errors["comment"] = [$"A comment is at most {TaskComment.MaxLength} characters."];
        }
        else if (outcome is "Decline" or "Return" && comment.Length == 0)
        {
            errors["comment"] = ["Say what the adjuster should change before returning the estimate."];
        }
        else if (outcome is "Accept" or "Approve" && claim.ReferredToLevel is { } level)
        {
            var approverLevel = await db.Users.AsNoTracking().Where(u => u.UserName == userName).Select(u => u.AuthorityLevel).SingleOrDefaultAsync(ct);
            if (SettlementAuthority.ApprovalRefusal(claim.Settlement, level, approverLevel, rules.AuthorityLimits) is { } refusal)
            {
                errors["authority"] = [refusal];
            }
        }

        return errors;
    }
}
