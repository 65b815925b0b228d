using System.Globalization;
using Claims.Domain.Claims;
using Claims.Workflows.Activities;

namespace Claims.Web.Features.Claims;

/// <summary>The configured settlement authority levels, as designer dropdown choices ("2 — up to 100,000").</summary>
public sealed class AuthorityLevelOptions(ClaimRules rules) : IInputOptionsSource
{
    public const string SourceName = "adjuster-authority-levels";

    public string Name => SourceName;

    public Task<IReadOnlyList<SelectListItem>> GetOptionsAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<SelectListItem>>(rules.AuthorityLimits.OrderBy(l => l.Key)
            .Select(l => new SelectListItem($"{l.Key} — up to {l.Value.ToString("#,##0", CultureInfo.InvariantCulture)}", l.Key.ToString(CultureInfo.InvariantCulture)))
            .ToList());
}
