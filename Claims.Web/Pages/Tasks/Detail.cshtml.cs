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

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Task = await db.WorkTasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);
        // Someone else's task answers as a missing one: its subject and data are not for every staff member.
        return Task is not null && MaySee(Task) ? Page() : NotFound();
    }

    /// <summary>The task's role or assigned user, or whoever completed it.</summary>
    public bool MaySee(WorkTask task) =>
        task.IsFor(User.UserName(), User.RoleNames()) || string.Equals(task.CompletedBy, User.UserName(), StringComparison.OrdinalIgnoreCase);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await OnGetAsync(id, ct) is NotFoundResult notFound)
        {
            return notFound;
        }

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
        return await OnGetAsync(id, ct);
    }
}
