using Claims.Domain.Claims;
using Claims.Domain.Common;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Pages.Adjusting;

/// <summary>The claims queue: an adjuster's open surveys, the price checks, the approvals waiting; everything open for managers. Fast-tracked claims first.</summary>
[Authorize(Policy = Policies.ClaimViewers)]
public sealed class QueueModel(ClaimsDbContext db) : PageModel
{
    public sealed record Row(Guid Id, string Number, ClaimStatus Status, string PolicyNumber, DateTime LossAt, LossCause Cause, string RegionCode, string? Adjuster, Money Payable, bool FastTrack, string? CustomerTier);

    public IReadOnlyList<Row> Claims { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = User.UserName();
        var roles = User.RoleNames();
        var everything = roles.Contains(Roles.Admin) || roles.Contains(Roles.Manager) || roles.Contains(Roles.Reinspector);
        var checker = roles.Contains(Roles.PriceChecker);
        var senior = roles.Contains(Roles.SeniorAdjuster);
        Claims = await db.Claims.AsNoTracking()
            .Where(c => c.Status != ClaimStatus.Closed && c.Status != ClaimStatus.Rejected)
            .Where(c => everything || c.AssignedAdjuster == user
                || (checker && c.Status == ClaimStatus.PriceVerification) || (senior && c.Status == ClaimStatus.AwaitingApproval))
            .OrderByDescending(c => c.FastTrack).ThenBy(c => c.ReportedAt).Take(300)
            .Select(c => new Row(c.Id, c.Number, c.Status, c.PolicyNumber, c.LossAt, c.Cause, c.RegionCode, c.AssignedAdjuster, c.Totals.Payable, c.FastTrack, c.CustomerTier))
            .ToListAsync(ct);
    }
}
