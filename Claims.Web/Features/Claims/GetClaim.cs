using Claims.Domain.Claims;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Claims;

/// <summary>GET /api/claims/{id}: status, policy snapshot, estimate with totals, the current task and the timeline.</summary>
public static class GetClaim
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/claims/{id:guid}", Handle)
            .RequireAuthorization(Policies.ClaimViewers)
            .WithTags("Claims")
            .Produces<ClaimView>()
            .WithSummary("One claim: status, estimate, totals, current task and timeline.");

    public static async Task<IResult> Handle(Guid id, HttpResponse response, ClaimsDbContext db, ClaimRules rules, CancellationToken ct)
    {
        // The version first: an estimate saved between the two reads then fails its If-Match rather than passing on a stale view.
        var version = await db.Claims.Where(c => c.Id == id).Select(c => (int?)c.Version).SingleOrDefaultAsync(ct);
        if (version is null || await ClaimView.LoadAsync(db, id, rules, ct) is not { } view)
        {
            return TypedResults.Problem($"Claim {id} does not exist.", statusCode: StatusCodes.Status404NotFound);
        }

        response.Headers.ETag = Versions.ETag(version.Value);
        return TypedResults.Ok(view);
    }
}
