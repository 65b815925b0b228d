using Claims.Domain.Common;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Activities;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.ReferenceData;

/// <summary>The regions, as designer dropdown choices ("SH — Shanghai").</summary>
public sealed class RegionOptions(ClaimsDbContext db) : IInputOptionsSource
{
    public const string SourceName = "regions";

    public string Name => SourceName;

    public async Task<IReadOnlyList<SelectListItem>> GetOptionsAsync(CancellationToken ct) =>
        (await db.Set<Region>().AsNoTracking().OrderBy(r => r.Code).ToListAsync(ct))
            .Select(r => new SelectListItem($"{r.Code} — {r.Name}", r.Code)).ToList();
}
