using System.Text.Json.Nodes;
using Claims.Domain.Claims;
using Claims.Domain.Fraud;
using Claims.Web.Features.Claims;
using Claims.Web.Features.Evidence;
using Claims.Web.Features.Fraud;
using Claims.Web.Features.Investigations;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Pages.Adjusting;

/// <summary>The investigator's task page: the fraud score with the fired indicators, the evidence and the estimate, and the decision with its reason.</summary>
[Authorize(Policy = Policies.Investigators)]
public sealed class InvestigationModel(ClaimsDbContext db, ClaimRules rules, EvidenceOptions evidence, FraudRules fraudRules, TaskCompleter completer) : PageModel
{
    public ClaimView? Claim { get; private set; }
    public EvidenceSection? Evidence { get; private set; }
    public FraudView? Fraud { get; private set; }
    public WorkTask? Task { get; private set; }
    public string? Error { get; private set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public decimal? ReducedTo { get; set; }

    public IReadOnlyList<string> Outcomes { get; } = Enum.GetNames<InvestigationOutcome>();

    public bool CanDecide => Task is { Status: WorkTaskStatus.Open } t && t.IsFor(User.UserName(), User.RoleNames());

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Claim = await ClaimView.LoadAsync(db, id, rules, ct);
        if (Claim is null || await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is not { } claim)
        {
            return NotFound();
        }

        Evidence = await EvidenceSection.LoadAsync(db, evidence, claim, canUpload: false, ct);
        Fraud = await FraudView.LatestAsync(db, id, fraudRules, ct);
        Task = await ClaimTasks.Of(db, claim).AsNoTracking().Where(t => t.Kind == InvestigationDecision.TaskKind)
            .OrderByDescending(t => t.CreatedAt).FirstOrDefaultAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await OnGetAsync(id, ct) is NotFoundResult notFound)
        {
            return notFound;
        }

        if (!CanDecide)
        {
            Error = "This claim has no open investigation in your work queue.";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        var data = new JsonObject { ["reason"] = Reason, ["reducedTo"] = ReducedTo };
        var completion = await completer.CompleteAsync(Task!.Id, Outcome, data.ToJsonString(), User.UserName(), User.RoleNames(), ct);
        if (completion.Result == CompletionResult.Completed)
        {
            return Redirect($"/Claims/{id}");
        }

        Error = completion.Result == CompletionResult.AlreadyClosed ? "Someone has already decided this investigation." : string.Join(" ", completion.Errors.SelectMany(e => e.Value));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await OnGetAsync(id, ct);
        return Page();
    }
}
