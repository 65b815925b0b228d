using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages;

[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(ClaimsDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<ListMyTasks.TaskItem> Tasks { get; private set; } = [];
    public DateTime Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = time.GetUtcNow().UtcDateTime;
        Tasks = await ListMyTasks.QueryAsync(db, User.UserName(), User.RoleNames(), ct);
    }
}
