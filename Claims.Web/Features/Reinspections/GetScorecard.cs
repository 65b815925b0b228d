using System.Security.Claims;
using Claims.Domain.Reinspection;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;

namespace Claims.Web.Features.Reinspections;

/// <summary>GET /api/scorecards/adjusters/{id} (id = user name) and /api/scorecards/shops/{name}: audits, leakage, findings, score, trend.</summary>
public static class GetScorecard
{
    public sealed record Response(string Subject, string Name, Scorecard Card);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/scorecards/adjusters/{id}", Adjuster)
            .RequireAuthorization(Policies.ReinspectionReaders)
            .WithTags("Reinspection")
            .Produces<Response>()
            .WithSummary("An adjuster's re-inspection scorecard; adjusters see only their own.");
        app.MapGet("/api/scorecards/shops/{name}", Shop)
            .RequireAuthorization(Policies.ReinspectionAuditors)
            .WithTags("Reinspection")
            .Produces<Response>()
            .WithSummary("A repair shop's re-inspection scorecard.");
    }

    public static async Task<IResult> Adjuster(string id, ClaimsPrincipal user, ClaimsDbContext db, ReinspectionRules rules, CancellationToken ct) =>
        ReinspectionAccess.MaySee(user, id)
            ? TypedResults.Ok(new Response("adjuster", id, await Scorecards.ForAdjusterAsync(db, id, rules, ct)))
            : TypedResults.Problem("Adjusters see only their own scorecard.", statusCode: StatusCodes.Status403Forbidden);

    public static async Task<IResult> Shop(string name, ClaimsDbContext db, ReinspectionRules rules, CancellationToken ct) =>
        TypedResults.Ok(new Response("shop", name, await Scorecards.ForShopAsync(db, name, rules, ct)));
}
