using Claims.Web.Features.Renewals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Renew;

/// <summary>/renew/{token}: the policyholder's one-click renewal. No login: the signed, expiring, single-use token is the credential.</summary>
[AllowAnonymous]
public sealed class IndexModel(RenewalAcceptance renewals) : PageModel
{
    public RenewalView View { get; private set; } = new(LinkState.Invalid, null, null, null);
    public string? Error { get; private set; }
    public string? Done { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task OnGetAsync(string token, CancellationToken ct)
    {
        View = await renewals.ViewAsync(token, ct);
        RefuseUnlessOpen();
    }

    public async Task OnPostAcceptAsync(string token, CancellationToken ct)
    {
        var before = await renewals.ViewAsync(token, ct);
        (View, Error) = await renewals.AcceptAsync(token, ct);
        Done = before.State != LinkState.Open || View.State != LinkState.Used ? null : View.Renewed is null ? "issuing" : "accepted";
        RefuseUnlessOpen();
    }

    public async Task OnPostDeclineAsync(string token, CancellationToken ct)
    {
        var before = await renewals.ViewAsync(token, ct);
        View = await renewals.DeclineAsync(token, Reason, ct);
        Done = before.State == LinkState.Open && View.State == LinkState.Used ? "declined" : null;
        RefuseUnlessOpen();
    }

    /// <summary>Forged, expired, used and closed links answer alike (404, one message), so a guesser learns nothing.</summary>
    private void RefuseUnlessOpen()
    {
        if (Done is null && View.State != LinkState.Open)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
