using Claims.Domain.Reinspection;
using Claims.Web.Features.Reinspections;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Scorecards;

/// <summary>One adjuster's or shop's scorecard with its charts: findings by category and the monthly score.</summary>
[Authorize(Policy = Policies.ReinspectionReaders)]
public sealed class CardModel(ClaimsDbContext db, ReinspectionRules rules) : PageModel
{
    public string Kind { get; private set; } = "";
    public string Name { get; private set; } = "";
    public Scorecard? Card { get; private set; }
    public ReinspectionRules Rules => rules;

    public async Task<IActionResult> OnGetAsync(string kind, string name, CancellationToken ct)
    {
        (Kind, Name) = (kind, name);
        if (kind == "Shops")
        {
            if (!ReinspectionAccess.IsAuditor(User))
            {
                return Forbid();
            }

            Card = await Features.Reinspections.Scorecards.ForShopAsync(db, name, rules, ct);
            return Page();
        }

        if (!ReinspectionAccess.MaySee(User, name))
        {
            return Forbid();
        }

        Card = await Features.Reinspections.Scorecards.ForAdjusterAsync(db, name, rules, ct);
        return Page();
    }
}
