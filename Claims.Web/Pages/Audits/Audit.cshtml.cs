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

/// <summary>The audit side by side with the paid estimate; the senior adjuster decides a dispute here.</summary>
[Authorize(Policy = Policies.ReinspectionReaders)]
public sealed class AuditModel(ClaimsDbContext db, ClaimRules rules, TaskCompleter completer) : PageModel
{
    public ReinspectionView? Audit { get; private set; }
    public string? Error { get; private set; }
    public string? FeedbackReason { get; private set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public string? Outcome { get; set; }

    public ReinspectionView.OpenTask? Decision => Audit?.CurrentTask is { Kind: ReinspectionTasks.AuditDispute } t && User.RoleNames().Contains(t.AssigneeRole!) ? t : null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Audit = await ReinspectionView.LoadAsync(db, id, rules, ct);
        if (Audit?.CurrentTask is { Kind: ReinspectionTasks.AuditDispute }
            && await db.ReinspectionAudits.FindAsync([id], ct) is { WorkflowInstanceId: { } instanceId }
            && await ReinspectionTasks.LatestCompletedAsync(db, instanceId, ReinspectionTasks.AuditFeedback, ct) is { DataJson: { } json })
        {
            FeedbackReason = AuditFeedbackValidator.Reason(JsonNode.Parse(json));
        }

        return Audit is not null && !ReinspectionAccess.MaySee(User, Audit.Adjuster) ? Forbid() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await OnGetAsync(id, ct) is not PageResult || Decision is not { } task)
        {
            Error = "No dispute on this audit is waiting for you.";
            return Page();
        }

        var data = string.IsNullOrWhiteSpace(Comment) ? null : new JsonObject { ["comment"] = Comment.Trim() }.ToJsonString();
        var completion = await completer.CompleteAsync(task.Id, Outcome, data, User.UserName(), User.RoleNames(), ct);
        if (completion.Result == CompletionResult.Completed)
        {
            return Redirect("/Reinspections");
        }

        Error = string.Join(" ", completion.Errors.SelectMany(e => e.Value).DefaultIfEmpty("This decision could not be recorded."));
        return Page();
    }
}
