using Claims.Web.Features.Evidence;
using Claims.Web.Features.Fraud;
using Claims.Web.Infrastructure.Blobs;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Portal;

/// <summary>
/// The policyholder's photos through their signed status link: POST …/photos adds files through the staff upload's checks
/// and limits; GET …/photos/{attachmentId} serves a thumbnail of the link's own claim (recorded like a staff view).
/// </summary>
public static class PortalPhotos
{
    public const string LinkRefused = "This link cannot be used: it is not valid or has expired. Please use the link in your latest mail.";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/claim-online/status/{token}/photos", Upload)
            .AllowAnonymous()
            .DisableAntiforgery() // the signed link in the path is the credential; no cookie is involved
            .RequireRateLimiting(PortalOptions.RateLimitPolicy)
            .ExcludeFromDescription();
        app.MapGet("/claim-online/status/{token}/photos/{attachmentId:guid}", Thumbnail)
            .AllowAnonymous()
            .RequireRateLimiting(PortalOptions.RateLimitPolicy)
            .ExcludeFromDescription();
    }

    public static async Task<IResult> Upload(
        string token, HttpRequest request, PortalLinks links, ClaimsDbContext db, IBlobStore blobs, PhotoReader photos, EvidenceOptions options,
        FraudAssessor fraud, TimeProvider time, CancellationToken ct)
    {
        if (links.Verify(token) is not { } claimId || await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == claimId, ct) is not { } claim)
        {
            return Refused();
        }

        return await UploadAttachments.AcceptAsync(claim, request, ReportLossOnline.Reporter, db, blobs, photos, options, fraud, time, ct);
    }

    public static async Task<IResult> Thumbnail(string token, Guid attachmentId, PortalLinks links, ClaimsDbContext db, IBlobStore blobs, TimeProvider time, CancellationToken ct) =>
        links.Verify(token) is { } claimId
            ? await DownloadAttachment.ServeAsync(claimId, attachmentId, thumbnail: true, ReportLossOnline.Reporter, db, blobs, time, ct)
            : Refused();

    private static IResult Refused() => TypedResults.Problem(LinkRefused, statusCode: StatusCodes.Status404NotFound, title: "Link refused");
}
