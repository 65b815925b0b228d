using Claims.Domain.Evidence;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Evidence;

/// <summary>One attachment as the API and the pages show it, with the other claims holding the same content.</summary>
public sealed record AttachmentView(
    Guid Id, EvidenceCategory Category, string? Position, string FileName, string ContentType, long Size, string Sha256,
    int? Width, int? Height, DateTime? TakenAtUtc, double? Latitude, double? Longitude, string UploadedBy, DateTime UploadedAt,
    string Url, string? ThumbnailUrl, IReadOnlyList<string> AlsoOnClaims)
{
    public static async Task<IReadOnlyList<AttachmentView>> ListAsync(ClaimsDbContext db, Guid claimId, CancellationToken ct)
    {
        var attachments = await db.Set<Attachment>().AsNoTracking().Where(a => a.ClaimId == claimId).OrderBy(a => a.UploadedAt).ThenBy(a => a.FileName).ToListAsync(ct);
        var reused = await ReusedAsync(db, claimId, ct);
        return attachments.Select(a => Of(a, reused.TryGetValue(a.Sha256, out var others) ? others : [])).ToList();
    }

    /// <summary>For each hash on the claim that another claim also holds: those claims' numbers.</summary>
    public static async Task<Dictionary<string, IReadOnlyList<string>>> ReusedAsync(ClaimsDbContext db, Guid claimId, CancellationToken ct)
    {
        var hashes = db.Set<Attachment>().Where(a => a.ClaimId == claimId).Select(a => a.Sha256);
        var pairs = await (from a in db.Set<Attachment>()
                           join c in db.Claims on a.ClaimId equals c.Id
                           where a.ClaimId != claimId && hashes.Contains(a.Sha256)
                           select new { a.Sha256, c.Number }).Distinct().ToListAsync(ct);
        return pairs.GroupBy(p => p.Sha256).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Number).Order(StringComparer.Ordinal).ToList());
    }

    public static AttachmentView Of(Attachment a, IReadOnlyList<string> alsoOn)
    {
        var url = $"/api/claims/{a.ClaimId}/attachments/{a.Id}";
        return new AttachmentView(a.Id, a.Category, a.Position, a.FileName, a.ContentType, a.Size, a.Sha256, a.Width, a.Height, a.TakenAtUtc,
            a.Latitude, a.Longitude, a.UploadedBy, a.UploadedAt, url, a.ThumbnailKey is null ? null : url + "/thumbnail", alsoOn);
    }
}
