using Claims.Domain.Claims;
using Claims.Web.Features.Claims;
using Claims.Web.Features.Fraud;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Adjusting;

/// <summary>First notice of loss taken on the phone or at the counter; the same handler as POST /api/claims.</summary>
[Authorize(Policy = Policies.ClaimIntake)]
public sealed class NoticeModel(ClaimsDbContext db, WorkflowHost host, ClaimRules rules, Features.Financials.MoneyOptions money, FraudAssessor fraud, TimeProvider time) : PageModel
{
    [BindProperty] public string? PolicyNumber { get; set; }
    [BindProperty] public DateTime? LossAt { get; set; }
    [BindProperty] public string? LossPlace { get; set; }
    [BindProperty] public string? LossRegion { get; set; }
    [BindProperty] public string? Cause { get; set; }
    [BindProperty] public string? Liability { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public bool Injuries { get; set; }
    [BindProperty] public bool Drivable { get; set; } = true;
    [BindProperty] public int ThirdPartyCount { get; set; }
    [BindProperty] public string? ThirdParties { get; set; }
    [BindProperty] public string? Channel { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var request = new ReportClaim.Request(PolicyNumber, LossAt is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null,
            LossPlace, LossRegion, Cause, Description, Liability, Injuries, Drivable, ThirdPartyCount, ThirdParties, Channel);
        var result = await ReportClaim.Handle(request, User, db, host, rules, money, fraud, time, ct);
        switch (result)
        {
            case Created<ReportClaim.Response> created:
                return Redirect($"/Claims/{created.Value!.Id}");
            case ValidationProblem problem:
                Errors = problem.ProblemDetails.Errors.SelectMany(e => e.Value.Select(v => $"{e.Key}: {v}")).ToList();
                return Page();
            default:
                Errors = ["The claim workflow is not available; try again later."];
                return Page();
        }
    }

    public static IEnumerable<string> Names<T>() where T : struct, Enum => Enum.GetNames<T>();
}
