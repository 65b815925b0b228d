using Claims.Domain.Policies;
using Claims.Web.Features.PolicyUnderwriting;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Proposals;

/// <summary>A proposal's status, rating breakdown, issues, disclosure, decisions, current task and policy.</summary>
[Authorize(Policy = Policies.PolicyReaders)]
public sealed class DetailModel(ClaimsDbContext db) : PageModel
{
    public Proposal? Proposal { get; private set; }
    public WorkTask? Task { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Proposal = await db.Proposals.FindAsync([id], ct);
        // Another agent's proposal answers as a missing one, like the API.
        if (Proposal is null || !RecordAccess.MaySee(User, Proposal))
        {
            return NotFound();
        }

        Task = await ProposalTasks.OpenAsync(db, Proposal.WorkflowInstanceId, null, ct);
        return Page();
    }
}
