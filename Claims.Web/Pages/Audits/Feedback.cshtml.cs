using System.Text.Json.Nodes;
using Claims.Domain.Claims;
using Claims.Web.Features.Reinspections;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Audits;

/// <summary>The adjuster's page: the audit of their claim side by side, accepted or disputed with a reason.</summary>
[Authorize(Policy = Policies.ReinspectionReaders)]
public sealed class FeedbackModel(ClaimsDbContext db, ClaimRules rules, TaskCompleter completer) : PageModel
{
    public ReinspectionView? Audit { get; private set; }
    public string? Error { get; private set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Outcome { get; set; }

    public ReinspectionView.OpenTask? Task => Audit?.CurrentTask is { Kind: ReinspectionTasks.AuditFeedback } t
        && string.Equals(t.AssigneeUser, User.UserName(), StringComparison.OrdinalIgnoreCase) ? t : null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Audit = await ReinspectionView.LoadAsync(db, id, rules, ct);
        return Audit is not null && !ReinspectionAccess.MaySee(User, Audit.Adjuster) ? Forbid() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await OnGetAsync(id, ct) is not PageResult || Task is not { } task)
        {
            Error = "No feedback on this audit is waiting for you.";
            return Page();
        }

        var data = string.IsNullOrWhiteSpace(Reason) ? null : new JsonObject { ["reason"] = Reason.Trim() }.ToJsonString();
        var completion = await completer.CompleteAsync(task.Id, Outcome, data, User.UserName(), User.RoleNames(), ct);
        if (completion.Result == CompletionResult.Completed)
        {
            return Redirect("/");
        }

        Error = string.Join(" ", completion.Errors.SelectMany(e => e.Value).DefaultIfEmpty("Your feedback could not be recorded."));
        return Page();
    }
}
