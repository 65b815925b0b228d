using System.Text.Json.Nodes;
using Claims.Domain.Financials;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Financials;

/// <summary>A claim settled by payments closes only when finally paid, with no outstanding reserve and every payment exported.</summary>
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

        var ledger = await ClaimLedger.LoadAsync(db, claim.Id, ct);
        var problems = new List<string>();
        if (!ledger.Settled)
        {
            problems.Add("No final payment has been made.");
        }

        problems.AddRange(Enum.GetValues<CostCategory>().Select(c => (Category: c, ledger.Balance(c).Outstanding)).Where(c => c.Outstanding != 0m)
            .Select(c => $"{c.Category} still has an outstanding reserve of {c.Outstanding:N2}; set its reserve to what was paid first."));
        if (ledger.Unexported.Count() is var unexported and > 0)
        {
            problems.Add($"{unexported} payment(s) are not yet exported to the bank.");
        }

        return problems.Count == 0 ? new Dictionary<string, string[]>() : new Dictionary<string, string[]> { ["settlement"] = [.. problems] };
    }
}
