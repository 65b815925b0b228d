using Claims.Web.Features.Evidence;
using Claims.Web.Features.PolicyUnderwriting;
using Claims.Web.Features.Portal;
using Claims.Web.Features.Shops;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.ClaimOnline;

/// <summary>/claim-online/status/{token}: the policyholder follows their claim from the signed link in their mails; no login.</summary>
[AllowAnonymous]
public sealed class StatusModel(PortalLinks links, ClaimsDbContext db, EvidenceOptions options) : PageModel
{
    public PortalClaimView? View { get; private set; }

    [BindProperty] public Guid? ShopId { get; set; }

    /// <summary>Why the chosen shop was not taken, or null.</summary>
    public string? ShopError { get; private set; }

    public bool ShopChosen { get; private set; }

    public async Task OnGetAsync(string token, CancellationToken ct)
    {
        View = await PortalClaimView.LoadAsync(token, links, db, options, ct);
        if (View is null)
        {
            // Forged, tampered and expired links answer alike, and show nothing of any claim.
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    /// <summary>The policyholder picks a network shop of their region; the same rule as the adjuster's assignment (before the estimate is submitted).</summary>
    public async Task OnPostShopAsync(string token, CancellationToken ct)
    {
        if (links.Verify(token) is { } claimId)
        {
            var (_, problem) = await AssignShop.AssignAsync(db, claimId, ShopId, ct);
            ShopChosen = problem is null;
            ShopError = problem is null ? null : ProblemText.Sentence(problem);
            db.ChangeTracker.Clear();
        }

        await OnGetAsync(token, ct);
        if (ShopError is not null && View is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
