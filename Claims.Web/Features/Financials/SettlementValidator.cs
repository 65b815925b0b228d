using System.Text.Json.Nodes;
using Claims.Domain.Claims;
using Claims.Domain.Financials;
using Claims.Web.Features.Claims;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Financials;

/// <summary>
/// A claim settled by payments closes only when finally paid, with no outstanding reserve, no pending reserve change and
/// every payment exported. A supplement (hidden damage found at strip-down) reopens the estimate for a new approval: it
/// needs a reason and a claim not yet finally paid.
/// </summary>
public sealed class SettlementValidator(ClaimsDbContext db) : ITaskCompletionValidator
{
    public const string Kind = "Settlement";
    public const string Supplement = "Supplement";

    public bool Handles(string kind) => kind == Kind;

    public async Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(WorkTask task, string outcome, JsonNode? data, CancellationToken ct)
    {
        var claim = await ClaimTasks.ClaimOfAsync(db, task, ct);
        if (claim is null)
        {
            return new Dictionary<string, string[]> { ["claim"] = ["The task's claim is gone."] };
        }

        if (outcome == Supplement)
        {
            return SupplementProblems(claim, TaskComment.Of(data));
        }

        var problems = ClosureCheck.Problems(await ClaimClosure.StateAsync(db, claim, ct));
        return problems.Count == 0 ? new Dictionary<string, string[]>() : new Dictionary<string, string[]> { ["settlement"] = [.. problems] };
    }

    private static Dictionary<string, string[]> SupplementProblems(Claim claim, string reason)
    {
        var errors = new Dictionary<string, string[]>();
        if (reason.Length is 0 or > TaskComment.MaxLength)
        {
            errors["comment"] = [$"Say why the estimate needs a supplement (1–{TaskComment.MaxLength} characters): the surveyor and the approver read it."];
        }

        if (claim.Status != ClaimStatus.Approved)
        {
            errors["settlement"] = [$"Claim {claim.Number} is {claim.Status}: a supplement reopens an approved settlement still being paid (void a final payment first)."];
        }

        return errors;
    }
}
