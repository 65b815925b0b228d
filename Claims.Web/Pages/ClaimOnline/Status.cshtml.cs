using Claims.Web.Features.Evidence;
using Claims.Web.Features.Portal;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.ClaimOnline;

/// <summary>/claim-online/status/{token}: the policyholder follows their claim from the signed link in their mails; no login.</summary>
[AllowAnonymous]
public sealed class StatusModel(PortalLinks links, ClaimsDbContext db, EvidenceOptions options) : PageModel
{
    public PortalClaimView? View { get; private set; }

    public async Task OnGetAsync(string token, CancellationToken ct)
    {
        View = await PortalClaimView.LoadAsync(token, links, db, options, ct);
        if (View is null)
        {
            // Forged, tampered and expired links answer alike, and show nothing of any claim.
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
