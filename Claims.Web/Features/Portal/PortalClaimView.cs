using Claims.Domain.Claims;
using Claims.Domain.Evidence;
using Claims.Domain.Portal;
using Claims.Domain.Estimates;
using Claims.Domain.Shops;
using Claims.Web.Features.Evidence;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Portal;

/// <summary>A photo or document as the policyholder sees it: no hashes, no other claims, the thumbnail through their own link.</summary>
public sealed record PortalAttachment(Guid Id, EvidenceCategory Category, string? Position, string FileName, DateTime UploadedAt, string? ThumbnailPath);

/// <summary>A network repair shop the policyholder may choose: its name, class and address, nothing internal.</summary>
public sealed record PortalShop(Guid Id, string Name, ShopClass Class, string? Address);

/// <summary>
/// What the status page shows: the claim's number and loss, the timeline, what is still needed, the files, and the repair shop
/// (chosen, or the region's active network shops to choose from until the estimate is submitted).
/// </summary>
public sealed record PortalClaimView(
    string Token, Guid ClaimId, string Number, DateTime LossAt, string LossPlace, bool IsOpen, ClaimTimeline Timeline,
    IReadOnlyList<MissingEvidence> Missing, IReadOnlyList<PortalAttachment> Attachments, string? RepairShop, IReadOnlyList<PortalShop> Shops)
{
    /// <summary>The view for a valid link; null for a forged, tampered or expired one (or a claim that is gone).</summary>
    public static async Task<PortalClaimView?> LoadAsync(string? token, PortalLinks links, ClaimsDbContext db, EvidenceOptions options, CancellationToken ct)
    {
        if (links.Verify(token) is not { } claimId || await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == claimId, ct) is not { } claim)
        {
            return null;
        }

        var changes = await db.Set<ClaimStatusChange>().AsNoTracking().Where(c => c.ClaimId == claimId).Select(c => new { c.Status, c.At }).ToListAsync(ct);
        var timeline = ClaimTimeline.Of(changes.Select(c => (c.Status, c.At)), claim.Status.ToString(), claim.ReportedAt);
        var missing = claim.IsOpen ? await RequiredEvidenceValidator.MissingAsync(db, options, claim, ct) : [];
        var files = await db.Set<Attachment>().AsNoTracking().Where(a => a.ClaimId == claimId).OrderBy(a => a.UploadedAt).ThenBy(a => a.FileName).ToListAsync(ct);
        var attachments = files.Select(a => new PortalAttachment(a.Id, a.Category, a.Position, a.FileName, a.UploadedAt,
            a.ThumbnailKey is null ? null : $"/claim-online/status/{token}/photos/{a.Id}")).ToList();
        var shops = claim.Status is ClaimStatus.Notified or ClaimStatus.Surveying
            ? await db.Set<RepairShop>().AsNoTracking().Where(s => s.Active && s.RegionCode == claim.RegionCode).OrderBy(s => s.Class).ThenBy(s => s.Name)
                .Select(s => new PortalShop(s.Id, s.Name, s.Class, s.Address)).ToListAsync(ct)
            : [];
        return new PortalClaimView(token!, claim.Id, claim.Number, claim.LossAt, claim.LossPlace, claim.IsOpen, timeline, missing, attachments, claim.RepairShop, shops);
    }
}
