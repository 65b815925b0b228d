using Claims.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.ReferenceData;

/// <summary>Uploads a reference-data CSV to its import API, showing upload progress for large files.</summary>
[Authorize(Policy = Policies.Admins)]
public sealed class ImportModel : PageModel
{
    public void OnGet()
    {
    }
}
