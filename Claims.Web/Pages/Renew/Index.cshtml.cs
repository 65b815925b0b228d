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

    public async Task OnGetAsync(string token, CancellationToken ct) => View = await renewals.ViewAsync(token, ct);

    public async Task OnPostAcceptAsync(string token, CancellationToken ct)
    {
        var before = await renewals.ViewAsync(token, ct);
        (View, Error) = await renewals.AcceptAsync(token, ct);
        Done = before.State != LinkState.Open || View.State != LinkState.Used ? null : View.Renewed is null ? "issuing" : "accepted";
    }

    public async Task OnPostDeclineAsync(string token, CancellationToken ct)
    {
        var before = await renewals.ViewAsync(token, ct);
        View = await renewals.DeclineAsync(token, Reason, ct);
        Done = before.State == LinkState.Open && View.State == LinkState.Used ? "declined" : null;
    }
}
