using Claims.Web.Features.PolicyUnderwriting;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Proposals;

/// <summary>An issued policy and the controlled form serial it carries.</summary>
[Authorize(Policy = Policies.PolicyReaders)]
public sealed class PolicyModel(ClaimsDbContext db) : PageModel
{
    public GetPolicy.Response? Policy { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Policy = await RecordAccess.MaySeePolicyAsync(db, User, id, ct) ? await GetPolicy.FindAsync(db, id, ct) : null;
        return Policy is null ? NotFound() : Page();
    }
}
