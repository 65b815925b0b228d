using Claims.Domain.Documents;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Documents;

/// <summary>Reads the register for one holder: their ranges, what they passed on, and the entries of their ranges.</summary>
public static class DocumentRegisterQueries
{
    public static async Task<Reconciliation> ReconcileAsync(ClaimsDbContext db, string holderCode, DocumentType type, CancellationToken ct)
    {
        var ranges = await db.SerialRanges.AsNoTracking().Where(r => r.HolderCode == holderCode && r.Type == type).ToListAsync(ct);
        var ids = ranges.Select(r => r.Id).ToList();
        var children = await db.SerialRanges.AsNoTracking().Where(r => r.ParentId != null && ids.Contains(r.ParentId.Value)).ToListAsync(ct);
        var entries = await db.DocumentRegister.AsNoTracking().Where(e => ids.Contains(e.RangeId)).ToListAsync(ct);
        return Reconciliation.For(holderCode, type, ranges, children, entries);
    }

    public static Task<List<string>> HoldersAsync(ClaimsDbContext db, CancellationToken ct) =>
        db.SerialRanges.AsNoTracking().Select(r => r.HolderCode).Distinct().OrderBy(h => h).ToListAsync(ct);
}
