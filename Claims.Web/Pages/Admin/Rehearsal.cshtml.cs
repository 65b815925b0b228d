using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Scheduling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Admin;

/// <summary>/Admin/Rehearsal: runs a daily job as of a chosen date and shows what it did; not in Production (404).</summary>
[Authorize(Policy = Policies.Admins)]
public sealed class RehearsalModel(JobRehearsal rehearsal, TimeProvider time) : PageModel
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["renewals.sweep"] = "Renewal sweep (reminders, agent calls, lapses after grace)",
        ["customers.tiers"] = "Customer tier recomputation",
        ["kpis.renewal-snapshot"] = "Dashboard renewal snapshot",
    };

    [BindProperty] public string? Job { get; set; }
    [BindProperty] public DateOnly? AsOf { get; set; }

    public IReadOnlyList<string> Jobs => rehearsal.Jobs;
    public RehearsalResult? Result { get; private set; }
    public string? Error { get; private set; }

    public IActionResult OnGet()
    {
        if (!rehearsal.Allowed)
        {
            return NotFound();
        }

        AsOf ??= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!rehearsal.Allowed)
        {
            return NotFound();
        }

        if (Job is null || !Jobs.Contains(Job, StringComparer.Ordinal) || AsOf is not { } asOf)
        {
            Error = "Choose a job and a date.";
            return Page();
        }

        Result = await rehearsal.RunAsync(Job, asOf, ct);
        return Page();
    }

    public static string Label(string job) => Labels.TryGetValue(job, out var label) ? label : job;
}
