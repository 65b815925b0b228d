using Claims.Domain.Reinspection;
using Claims.Web.Features.Reinspections;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Pages.Audits;

/// <summary>Re-inspections: the re-inspector's open audits first; auditors see all recent ones, an adjuster the audits of their claims.</summary>
[Authorize(Policy = Policies.ReinspectionReaders)]
public sealed class QueueModel(ClaimsDbContext db) : PageModel
{
    public sealed record Row(Guid Id, string ClaimNumber, AuditStatus Status, string Reasons, string? Adjuster, string? Reinspector, string ShopName,
        decimal Paid, decimal? Leakage, AuditResolution? Resolution, DateTime SampledAt);

    public IReadOnlyList<Row> Mine { get; private set; } = [];
    public IReadOnlyList<Row> Others { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = User.UserName();
        var auditor = ReinspectionAccess.IsAuditor(User);
        var rows = await db.ReinspectionAudits.AsNoTracking()
            .Where(a => auditor || a.Adjuster == user)
            .OrderByDescending(a => a.SampledAt).Take(300)
            .Select(a => new Row(a.Id, a.ClaimNumber, a.Status, a.Reasons, a.Adjuster, a.Reinspector, a.ShopName, a.PaidAmount, a.Leakage, a.Resolution, a.SampledAt))
            .ToListAsync(ct);
        Mine = rows.Where(r => r.Status != AuditStatus.Closed && (r.Reinspector == user || r.Adjuster == user)).ToList();
        Others = rows.Except(Mine).ToList();
    }
}
