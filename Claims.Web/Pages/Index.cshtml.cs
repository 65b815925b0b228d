using Claims.Domain.Common;
using Claims.Web.Features.Tasks;
using Claims.Web.Features.Workflows;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Hosting;
using Claims.Workflows.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Pages;

[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(ClaimsDbContext db, TimeProvider time) : PageModel
{
    public sealed record IncidentItem(Guid InstanceId, string Definition, string ActivityId, string Message, DateTime At);

    public IReadOnlyList<ListMyTasks.TaskItem> Tasks { get; private set; } = [];

    /// <summary>An admin's work besides tasks: faulted instances waiting for a retry.</summary>
    public IReadOnlyList<IncidentItem> Incidents { get; private set; } = [];

    public DateTime Now { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public bool IsAdmin => User.RoleNames().Contains(Roles.Admin);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = time.GetUtcNow().UtcDateTime;
        Tasks = await ListMyTasks.QueryAsync(db, User.UserName(), User.RoleNames(), ct);
        if (IsAdmin)
        {
            Incidents = await (from i in db.Set<IncidentRecord>().AsNoTracking()
                               join w in db.Set<WorkflowInstanceRecord>().AsNoTracking() on i.WorkflowInstanceId equals w.Id
                               where i.ResolvedAt == null
                               orderby i.Timestamp
                               select new IncidentItem(i.WorkflowInstanceId, w.DefinitionId, i.ActivityId, i.Message, i.Timestamp)).Take(100).ToListAsync(ct);
        }
    }

    /// <summary>Retries a faulted instance from its failed activity (the same as POST /api/workflow-instances/{id}/retry).</summary>
    public async Task<IActionResult> OnPostRetryAsync(Guid instanceId, [FromServices] WorkflowHost host, CancellationToken ct)
    {
        if (!IsAdmin)
        {
            return Forbid();
        }

        var result = await RetryWorkflowInstance.Handle(instanceId, host, db, ct);
        Message = result is Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult problem
            ? $"Retry refused: {problem.ProblemDetails.Detail}"
            : $"Instance {instanceId} retried.";
        return RedirectToPage();
    }
}
