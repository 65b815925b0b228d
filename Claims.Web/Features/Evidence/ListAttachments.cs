using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Evidence;

/// <summary>GET /api/claims/{id}/attachments: the claim's evidence with EXIF facts, hashes and the other claims holding the same file.</summary>
public static class ListAttachments
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/claims/{id:guid}/attachments", Handle)
            .RequireAuthorization(Policies.ClaimViewers)
            .WithTags("Evidence")
            .Produces<IReadOnlyList<AttachmentView>>()
            .WithSummary("The claim's photos and documents: category, EXIF time and place, hash, and any other claim with the same file.");

    public static async Task<IResult> Handle(Guid id, ClaimsDbContext db, CancellationToken ct) =>
        await db.Claims.AnyAsync(c => c.Id == id, ct)
            ? TypedResults.Ok(await AttachmentView.ListAsync(db, id, ct))
            : TypedResults.Problem($"Claim {id} does not exist.", statusCode: StatusCodes.Status404NotFound);
}
