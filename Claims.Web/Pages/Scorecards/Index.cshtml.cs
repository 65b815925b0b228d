using Claims.Domain.Reinspection;
using Claims.Web.Features.Reinspections;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Scorecards;

/// <summary>Every adjuster's and shop's scorecard at a glance; an adjuster goes straight to their own.</summary>
[Authorize(Policy = Policies.ReinspectionReaders)]
public sealed class IndexModel(ClaimsDbContext db, ReinspectionRules rules) : PageModel
{
    public IReadOnlyList<(string Name, Scorecard Card)> Adjusters { get; private set; } = [];
    public IReadOnlyList<(string Name, Scorecard Card)> Shops { get; private set; } = [];
    public ReinspectionRules Rules => rules;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ReinspectionAccess.IsAuditor(User))
        {
            return Redirect($"/Scorecards/Adjusters/{Uri.EscapeDataString(User.UserName())}");
        }

        (Adjusters, Shops) = await Features.Reinspections.Scorecards.AllAsync(db, rules, ct);
        return Page();
    }
}
