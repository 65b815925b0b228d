using System.Text.Json.Nodes;
using Claims.Web.Features.Claims;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Investigations;

/// <summary>An investigation task completes only with a reason, and a Reduce only with a figure below the claimed payable.</summary>
public sealed class InvestigationValidator(ClaimsDbContext db) : ITaskCompletionValidator
{
    public bool Handles(string kind) => kind == InvestigationDecision.TaskKind;

    public async Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(WorkTask task, string outcome, JsonNode? data, CancellationToken ct)
    {
        var claimed = (await ClaimTasks.ClaimOfAsync(db, task, ct))?.Totals.Payable.Amount ?? 0m;
        return InvestigationDecision.Read(outcome, data, claimed).Errors;
    }
}
