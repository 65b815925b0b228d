using Claims.Domain.Documents;
using Claims.Web.Features.Documents;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Pages.Documents;

/// <summary>Per holder and type: allocated, passed on, used, void, lost, destroyed, on hand, and every gap.</summary>
[Authorize(Policy = Policies.Admins)]
public sealed class ReconciliationModel(ClaimsDbContext db) : PageModel
{
    public IReadOnlyList<Reconciliation> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var pairs = await db.SerialRanges.AsNoTracking().Select(r => new { r.HolderCode, r.Type }).Distinct().ToListAsync(ct);
        var rows = new List<Reconciliation>();
        foreach (var pair in pairs.OrderBy(p => p.Type).ThenBy(p => p.HolderCode))
        {
            rows.Add(await DocumentRegisterQueries.ReconcileAsync(db, pair.HolderCode, pair.Type, ct));
        }

        Rows = rows;
    }
}
