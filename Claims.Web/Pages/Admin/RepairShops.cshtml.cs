using Claims.Domain.Estimates;
using Claims.Domain.Shops;
using Claims.Web.Features.Shops;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Pages.Admin;

/// <summary>The repair-shop network for admins: every shop by region and class, adding one and retiring one (the API's rules).</summary>
[Authorize(Policy = Policies.Admins)]
public sealed class RepairShopsModel(ClaimsDbContext db) : PageModel
{
    public IReadOnlyList<RepairShop> Shops { get; private set; } = [];
    public IReadOnlyList<string> Classes { get; } = Enum.GetNames<ShopClass>();
    public string? Error { get; private set; }
    [BindProperty] public ManageRepairShops.Request Input { get; set; } = new(null, null, null, null, null, null, null, null);

    public async Task OnGetAsync(CancellationToken ct) =>
        Shops = await db.Set<RepairShop>().AsNoTracking().OrderBy(s => s.RegionCode).ThenBy(s => s.Class).ThenBy(s => s.Name).ToListAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var result = await ManageRepairShops.Create(Input, db, ct);
        if (result is Created<ShopView>)
        {
            return Redirect("/Admin/RepairShops");
        }

        Error = result switch
        {
            ValidationProblem v => string.Join(" ", v.ProblemDetails.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
            ProblemHttpResult p => p.ProblemDetails.Detail,
            _ => "The shop was not added.",
        };
        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRetireAsync(Guid id, CancellationToken ct)
    {
        await ManageRepairShops.Retire(id, db, ct);
        return Redirect("/Admin/RepairShops");
    }
}
