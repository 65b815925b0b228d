using Claims.Web.ElsaApi;
using Claims.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Studio;

/// <summary>
/// Hosts one Elsa Studio custom element. Pages live under <c>/studio/</c> because Blazor requires the page to sit
/// inside its base href; every staff role may look, only designers get an editable designer (from the API's links).
/// </summary>
[Authorize(Policy = Policies.WorkflowViewers)]
public abstract class StudioPageModel : PageModel
{
    public bool CanDesign => User.CanDesign();

    /// <summary>Instances are for the workflow monitors only, as on the API.</summary>
    public bool CanMonitor => Policies.MonitorRoles.Any(User.IsInRole);

    /// <summary>Absolute URL of our API on this origin, so the session cookie goes along.</summary>
    public string RemoteEndpoint => $"{Request.Scheme}://{Request.Host}{Request.PathBase}{ElsaApiMap.Prefix}";
}

public sealed class WorkflowListModel : StudioPageModel
{
    /// <summary>"/studio" is outside the base href "/studio/": add the slash.</summary>
    public IActionResult OnGet() =>
        Request.Path.Value?.EndsWith('/') == true ? Page() : Redirect($"{Request.PathBase}/studio/");
}

public sealed class WorkflowEditorModel : StudioPageModel
{
    [BindProperty(SupportsGet = true)]
    public string DefinitionId { get; set; } = "";
}

[Authorize(Policy = Policies.WorkflowMonitors)]
public sealed class InstanceListModel : StudioPageModel;

[Authorize(Policy = Policies.WorkflowMonitors)]
public sealed class InstanceViewerModel : StudioPageModel
{
    [BindProperty(SupportsGet = true)]
    public string InstanceId { get; set; } = "";
}
