using Claims.Web.Features.Renewals;
using Claims.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Admin;

/// <summary>/Admin/ErrorQueues: failed messages per endpoint, and replay to the endpoint's queue.</summary>
[Authorize(Policy = Policies.Admins)]
public sealed class ErrorQueuesModel(ErrorQueues queues) : PageModel
{
    public bool Available => queues.Available;
    public IReadOnlyList<ErrorQueue> Queues { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Available)
        {
            Queues = await queues.CountsAsync(ct);
        }
    }

    public async Task<IActionResult> OnPostReplayAsync(string queue, CancellationToken ct)
    {
        if (!Available)
        {
            return RedirectToPage();
        }

        if (!queues.EndpointQueues().Contains(queue, StringComparer.Ordinal))
        {
            return BadRequest();
        }

        var moved = await queues.ReplayAsync(queue, 10_000, ct);
        Message = $"{moved} message(s) moved from {queue}_error back to {queue}.";
        Queues = await queues.CountsAsync(ct);
        return Page();
    }
}
