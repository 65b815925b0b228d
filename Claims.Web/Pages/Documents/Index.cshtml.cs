using Claims.Domain.Documents;
using Claims.Web.Features.Documents;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Pages.Documents;

/// <summary>The controlled-document register: ranges down the chain, allocation, and void/lost/destroyed records.</summary>
[Authorize(Policy = Policies.Admins)]
public sealed class IndexModel(ClaimsDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<SerialRange> Ranges { get; private set; } = [];
    public IReadOnlyList<RegisterEntry> Entries { get; private set; } = [];
    public string? Error { get; private set; }
    public string? Message { get; private set; }
    [BindProperty] public AllocateRange.Request Allocation { get; set; } = new(null, "PolicyForm", "Agent", null, 0, 0);
    [BindProperty] public RecordSerial.Request Record { get; set; } = new("PolicyForm", 0, "Void", null);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAllocateAsync(CancellationToken ct)
    {
        var (range, error) = await AllocateRange.AllocateAsync(db, Allocation, User.UserName(), time.GetUtcNow().UtcDateTime, ct);
        if (range is not null)
        {
            await db.SaveChangesAsync(ct);
            Message = $"Allocated {range.Type} {range.From}–{range.To} to {range.HolderCode}.";
        }

        Error = error;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRecordAsync(CancellationToken ct)
    {
        var error = await RecordSerial.RecordAsync(db, Record, User.UserName(), time.GetUtcNow().UtcDateTime, ct);
        if (error is null)
        {
            await db.SaveChangesAsync(ct);
            Message = $"Recorded {Record.Type} {Record.Serial} as {Record.Status}.";
        }

        Error = error;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Ranges = await db.SerialRanges.AsNoTracking().OrderBy(r => r.Type).ThenBy(r => r.HolderKind).ThenBy(r => r.From).ToListAsync(ct);
        Entries = await db.DocumentRegister.AsNoTracking().OrderByDescending(e => e.At).Take(50).ToListAsync(ct);
    }
}
