using Claims.Domain.Policies;
using Claims.Web.Features.PolicyUnderwriting;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Pages.Underwriting;

/// <summary>The underwriter's queue: open reviews for the levels the user holds, by level, oldest first.</summary>
[Authorize(Policy = Policies.Underwriters)]
public sealed class IndexModel(ClaimsDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<WorkTask> Tasks { get; private set; } = [];
    public DateTime Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = time.GetUtcNow().UtcDateTime;
        var roles = User.RoleNames();
        var tasks = await ProposalTasks.OpenReviews(db, roles).AsNoTracking().ToListAsync(ct);
        Tasks = [.. tasks.OrderBy(t => AuthorityLevels.OfRole(t.AssigneeRole ?? "")).ThenBy(t => t.CreatedAt)];
    }

    public static string Age(TimeSpan age) => age.TotalHours < 1 ? $"{(int)age.TotalMinutes} min" : age.TotalDays < 1 ? $"{(int)age.TotalHours} h" : $"{(int)age.TotalDays} d";
}
