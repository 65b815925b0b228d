using System.Text.Json.Nodes;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Pages.Tasks;

/// <summary>The generic page of a task that has no page of its own: what it is, and one button per outcome.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailModel(ClaimsDbContext db, TaskCompleter completer) : PageModel
{
    public WorkTask? Task { get; private set; }
    public string? Error { get; private set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public string? Outcome { get; set; }

    public bool CanComplete => Task is { Status: WorkTaskStatus.Open } t && t.IsFor(User.UserName(), User.RoleNames());

    public async Task OnGetAsync(Guid id, CancellationToken ct) =>
        Task = await db.WorkTasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var data = string.IsNullOrWhiteSpace(Comment) ? null : new JsonObject { ["comment"] = Comment }.ToJsonString();
        var completion = await completer.CompleteAsync(id, Outcome, data, User.UserName(), User.RoleNames(), ct);
        if (completion.Result == CompletionResult.Completed)
        {
            return Redirect("/");
        }

        Error = completion.Result switch
        {
            CompletionResult.NotFound => "This task no longer exists.",
            CompletionResult.NotYours => "This task is not in your work queue.",
            CompletionResult.AlreadyClosed => "Someone has already completed this task.",
            _ => string.Join(" ", completion.Errors.SelectMany(e => e.Value)),
        };
        await OnGetAsync(id, ct);
        return Page();
    }
}
