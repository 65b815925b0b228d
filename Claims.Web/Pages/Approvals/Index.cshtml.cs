using System.Text.Json.Nodes;
using Claims.Domain.Financials;
using Claims.Web.Features.Claims;
using Claims.Web.Features.Financials;
using Claims.Web.Features.Financials.Activities;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Pages.Approvals;

/// <summary>A senior's queue of reserve changes above an adjuster's authority: approve, or refuse with a reason, each through the workflow's approval task.</summary>
[Authorize(Policy = Policies.ClaimReviewers)]
public sealed class IndexModel(ClaimsDbContext db, TaskCompleter completer) : PageModel
{
    public sealed record Row(
        Guid TaskId, Guid ClaimId, string ClaimNumber, string Category, decimal CurrentReserve, decimal Requested, decimal Paid, string Reason,
        string RequestedBy, DateTime RequestedAt, int ReferToLevel);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Done { get; private set; }
    public Guid? FailedTask { get; private set; }

    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var (user, roles) = (User.UserName(), User.RoleNames());
        var tasks = (await db.WorkTasks.AsNoTracking().Where(t => t.Kind == DecideReserveChange.TaskKind && t.Status == WorkTaskStatus.Open)
            .OrderBy(t => t.CreatedAt).ToListAsync(ct)).Where(t => t.IsFor(user, roles)).ToList();
        // A task may sit in a sub-flow the claim's workflow started: its claim comes from the instance's correlation.
        var claimOf = await BusinessTasks.ObjectIdsAsync(db, [.. tasks.Select(t => t.WorkflowInstanceId).OfType<Guid>()], ClaimBusinessObject.ObjectName, ct);
        var ids = claimOf.Values.Distinct().ToList();
        var claims = await db.Claims.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Number }).ToListAsync(ct);
        var requests = await db.Set<ReserveRequest>().AsNoTracking().Where(r => ids.Contains(r.ClaimId) && r.Status == ReserveRequestStatus.Pending).ToListAsync(ct);
        var rows = new List<Row>();
        foreach (var task in tasks)
        {
            if (task.WorkflowInstanceId is not { } instance || !claimOf.TryGetValue(instance, out var claimId) || claims.FirstOrDefault(c => c.Id == claimId) is not { } claim
                || requests.Where(r => r.ClaimId == claim.Id).OrderBy(r => r.RequestedAt).FirstOrDefault() is not { } request)
            {
                continue;
            }

            var balance = (await ClaimLedger.LoadAsync(db, claim.Id, ct)).Balance(request.Category);
            rows.Add(new Row(task.Id, claim.Id, claim.Number, request.Category.ToString(), balance.Reserve.Amount, request.Reserve, balance.Paid.Amount, request.Reason,
                request.RequestedBy, request.RequestedAt, request.ReferToLevel));
        }

        Rows = rows;
    }

    public async Task<IActionResult> OnPostAsync(Guid taskId, CancellationToken ct)
    {
        var data = new JsonObject { ["comment"] = Comment?.Trim() ?? "" }.ToJsonString();
        var completion = await completer.CompleteAsync(taskId, Outcome, data, User.UserName(), User.RoleNames(), ct);
        db.ChangeTracker.Clear();
        Done = completion.Result == CompletionResult.Completed ? $"{(Outcome == "Approve" ? "Approved" : "Refused")}: the claim's workflow applies the decision." : null;
        Errors = completion.Result switch
        {
            CompletionResult.Completed => [],
            CompletionResult.NotYours => ["This approval is not in your work queue."],
            CompletionResult.AlreadyClosed => ["Someone has already decided this change."],
            CompletionResult.NotFound => ["The approval is gone."],
            _ => [.. completion.Errors.SelectMany(e => e.Value)],
        };
        FailedTask = Errors.Count > 0 ? taskId : null;
        await OnGetAsync(ct);
        return Page();
    }
}
