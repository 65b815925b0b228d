using System.Text.Json.Nodes;
using Claims.Domain.Financials;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Financials;

/// <summary>A claim settled by payments closes only when finally paid, with no outstanding reserve, no pending reserve change and every payment exported.</summary>
public sealed class SettlementValidator(ClaimsDbContext db) : ITaskCompletionValidator
{
    public const string Kind = "Settlement";

    public bool Handles(string kind) => kind == Kind;

    public async Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(WorkTask task, string outcome, JsonNode? data, CancellationToken ct)
    {
        var claim = await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.WorkflowInstanceId == task.WorkflowInstanceId, ct);
        if (claim is null)
        {
            return new Dictionary<string, string[]> { ["claim"] = ["The task's claim is gone."] };
        }

        var problems = ClosureCheck.Problems(await ClaimClosure.StateAsync(db, claim, ct));
        return problems.Count == 0 ? new Dictionary<string, string[]>() : new Dictionary<string, string[]> { ["settlement"] = [.. problems] };
    }
}
