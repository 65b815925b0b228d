using Claims.Domain.Claims;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;

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

    public static async Task<IResult> Handle(Guid id, ClaimsDbContext db, ClaimRules rules, CancellationToken ct) =>
        await ClaimView.LoadAsync(db, id, rules, ct) is { } view
            ? TypedResults.Ok(view)
            : TypedResults.Problem($"Claim {id} does not exist.", statusCode: StatusCodes.Status404NotFound);
}
