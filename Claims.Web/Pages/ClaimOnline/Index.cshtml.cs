using Claims.Web.Features.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.ClaimOnline;

/// <summary>/claim-online: the policyholder reports a loss without a login; policy number and plate bring a one-time code, the code opens the notice.</summary>
[AllowAnonymous]
public sealed class IndexModel(PortalCodes codes, ReportLossOnline report, PortalOptions options) : PageModel
{
    [BindProperty] public string? PolicyNumber { get; set; }
    [BindProperty] public string? Plate { get; set; }
    [BindProperty] public Guid ChallengeId { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public DateTime? LossAtLocal { get; set; }
    /// <summary>The browser's offset from UTC in minutes (JavaScript's getTimezoneOffset), so the local loss time is stored as UTC.</summary>
    [BindProperty] public int TimezoneOffset { get; set; }
    [BindProperty] public string? LossPlace { get; set; }
    [BindProperty] public string? Cause { get; set; }
    [BindProperty] public string? Liability { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public bool Injuries { get; set; }
    [BindProperty] public bool Drivable { get; set; } = true;
    [BindProperty] public int ThirdPartyCount { get; set; }
    [BindProperty] public string? ThirdParties { get; set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public string? Problem { get; private set; }
    public int CodeMinutes => (int)options.CodeValidFor.TotalMinutes;

    public void OnGet()
    {
    }

    /// <summary>The same answer whether or not the details match a policy; only the policyholder's mail or phone knows.</summary>
    public async Task OnPostCodeAsync(CancellationToken ct)
    {
        ChallengeId = await codes.RequestAsync(PolicyNumber, Plate, ct);
    }

    public async Task<IActionResult> OnPostReportAsync(CancellationToken ct)
    {
        DateTimeOffset? lossAt = LossAtLocal is { } local
            ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.FromMinutes(-Math.Clamp(TimezoneOffset, -900, 900)))
            : null;
        var loss = new OnlineLoss(lossAt, LossPlace, Cause, Description, Liability, Injuries, Drivable, ThirdPartyCount, ThirdParties);
        var result = await report.ReportAsync(ChallengeId, Code, loss, ct);
        if (result.StatusPath is { } path)
        {
            return Redirect(path);
        }

        Errors = result.Errors;
        Problem = result.Problem;
        return Page();
    }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
