using Claims.Domain.Claims;
using Claims.Domain.Common;
using Claims.Domain.Shops;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Pages.Adjusting;

/// <summary>The claim page's repair shop: the one assigned, the region's network shops an adjuster may pick, and the last refusal.</summary>
public sealed record ShopSection(Guid ClaimId, string? Current, string? CurrentClass, IReadOnlyList<RepairShop> Choices, bool CanAssign, string? Message)
{
    public static async Task<ShopSection> LoadAsync(ClaimsDbContext db, Claim claim, IReadOnlyList<string> roles, string? message, CancellationToken ct)
    {
        var canAssign = claim.Status is ClaimStatus.Notified or ClaimStatus.Surveying && (roles.Contains(Roles.LossAdjuster) || roles.Contains(Roles.SeniorAdjuster));
        var choices = canAssign
            ? await db.Set<RepairShop>().AsNoTracking().Where(s => s.RegionCode == claim.RegionCode && s.Active).OrderBy(s => s.Class).ThenBy(s => s.Name).ToListAsync(ct)
            : [];
        return new ShopSection(claim.Id, claim.RepairShop, claim.RepairShop is null ? null : claim.ShopClass.ToString(), choices, canAssign, message);
    }
}
