using Claims.Domain.Financials;
using Claims.Web.Features.Financials;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Pages.Payments;

/// <summary>The admin's bank files: today's export of every unexported payment, and the files written before.</summary>
[Authorize(Policy = Policies.Admins)]
public sealed class ExportsModel(ClaimsDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<PaymentExport> Exports { get; private set; } = [];
    public int Unexported { get; private set; }
    public string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Exports = await db.Set<PaymentExport>().AsNoTracking().OrderByDescending(e => e.CreatedAt).Take(60).ToListAsync(ct);
        Unexported = await db.Set<LedgerEntry>().CountAsync(p => p.Kind == TransactionKind.Payment
            && !db.Set<PaymentExportLine>().Any(l => l.PaymentId == p.Id) && !db.Set<LedgerEntry>().Any(v => v.Voids == p.Id), ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var export = await ExportPayments.CreateAsync(db, DateOnly.FromDateTime(now), User.UserName(), now, ct);
        Done = export is null ? "Nothing to export: every payment is in a file already." : $"Exported {export.Count} payment(s), control total {export.ControlTotal:N2}.";
        await OnGetAsync(ct);
        return Page();
    }
}
