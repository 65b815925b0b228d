using System.Text.Json.Nodes;
using Claims.Domain.Common;
using Claims.Domain.Financials;
using Claims.Web.Features.Claims;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Financials;

/// <summary>A total loss closes only once its wreck is sold: a salvage recovery demanded and nothing left open on it.</summary>
public sealed class SalvageSaleValidator(ClaimsDbContext db) : ITaskCompletionValidator
{
    public const string Kind = "SalvageSale";

    public bool Handles(string kind) => kind == Kind;

    public async Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(WorkTask task, string outcome, JsonNode? data, CancellationToken ct)
    {
        var claimId = await ClaimTasks.ClaimIdAsync(db, task, ct);
        var salvage = claimId is null ? null
            : await db.Set<Recovery>().AsNoTracking().SingleOrDefaultAsync(r => r.ClaimId == claimId && r.Kind == RecoveryKind.Salvage, ct);
        if (salvage is null)
        {
            return new Dictionary<string, string[]> { ["salvage"] = ["Record the wreck's sale first (POST /api/claims/{id}/recoveries with kind Salvage)."] };
        }

        var lines = await db.Set<LedgerEntry>().AsNoTracking().Where(e => e.RecoveryId == salvage.Id).ToListAsync(ct);
        var open = RecoveryBalance.Of(lines, salvage.Id).Open;
        return open == Money.Zero ? new Dictionary<string, string[]>()
            : new Dictionary<string, string[]> { ["salvage"] = [$"The buyer still owes {open:N2} of the salvage sale {salvage.Reference}; record the receipt or write it off first."] };
    }
}
