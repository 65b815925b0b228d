using Claims.Web.Features.Customers;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Customers;

/// <summary>Customer 360: the timeline API's story and the tier, so every member of staff answers with the same knowledge.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailModel(ClaimsDbContext db) : PageModel
{
    public CustomerTimeline.Response? Customer { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await CustomerTimeline.Handle(id, User, db, ct) is not Ok<CustomerTimeline.Response> ok)
        {
            return NotFound();
        }

        Customer = ok.Value;
        return Page();
    }
}
