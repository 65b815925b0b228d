using Claims.Domain.Evidence;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Blobs;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Principal = System.Security.Claims.ClaimsPrincipal;

namespace Claims.Web.Features.Evidence;

/// <summary>
/// GET /api/claims/{id}/attachments/{attachmentId} (the file, as a download) and …/thumbnail (a small JPEG): open to whoever
/// may read the claim, and every download is recorded (who, when, which file).
/// </summary>
public static class DownloadAttachment
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/claims/{id:guid}/attachments/{attachmentId:guid}", Original)
            .RequireAuthorization(Policies.ClaimViewers)
            .WithTags("Evidence")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .WithSummary("Download one attachment; the download is recorded.");
        app.MapGet("/api/claims/{id:guid}/attachments/{attachmentId:guid}/thumbnail", Thumbnail)
            .RequireAuthorization(Policies.ClaimViewers)
            .WithTags("Evidence")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
            .WithSummary("A photo's thumbnail (JPEG, EXIF removed); the view is recorded.");
    }

    public static Task<IResult> Original(Guid id, Guid attachmentId, Principal user, ClaimsDbContext db, IBlobStore blobs, TimeProvider time, CancellationToken ct) =>
        ServeAsync(id, attachmentId, thumbnail: false, user.UserName(), db, blobs, time, ct);

    public static Task<IResult> Thumbnail(Guid id, Guid attachmentId, Principal user, ClaimsDbContext db, IBlobStore blobs, TimeProvider time, CancellationToken ct) =>
        ServeAsync(id, attachmentId, thumbnail: true, user.UserName(), db, blobs, time, ct);

    /// <summary>Serves and records one file of the claim; <paramref name="by"/> is the staff user or the policyholder's link.</summary>
    public static async Task<IResult> ServeAsync(
        Guid id, Guid attachmentId, bool thumbnail, string by, ClaimsDbContext db, IBlobStore blobs, TimeProvider time, CancellationToken ct)
    {
        var attachment = await db.Set<Attachment>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.ClaimId == id, ct);
        var key = thumbnail ? attachment?.ThumbnailKey : attachment?.BlobKey;
        if (attachment is null || key is null || await blobs.OpenAsync(key, ct) is not { } content)
        {
            return TypedResults.Problem($"Claim {id} has no attachment {attachmentId}{(thumbnail ? " with a thumbnail" : "")}.", statusCode: StatusCodes.Status404NotFound);
        }

        db.Add(AttachmentDownload.Of(attachment, thumbnail, by, time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        return thumbnail
            ? TypedResults.Stream(content, "image/jpeg")
            : TypedResults.Stream(content, attachment.ContentType, attachment.FileName);
    }
}
