using System.Security.Claims;
using Claims.Domain.Claims;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;

namespace Claims.Web.Features.Reinspections;

/// <summary>GET /api/reinspections/{id}: sampling reasons, original and audited lines with variances, totals, leakage, outcome, current task.</summary>
public static class GetReinspection
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/reinspections/{id:guid}", Handle)
            .RequireAuthorization(Policies.ReinspectionReaders)
            .WithTags("Reinspection")
            .Produces<ReinspectionView>()
            .WithSummary("One re-inspection audit side by side with the paid estimate.");

    public static async Task<IResult> Handle(Guid id, ClaimsPrincipal user, ClaimsDbContext db, ClaimRules rules, CancellationToken ct)
    {
        if (await ReinspectionView.LoadAsync(db, id, rules, ct) is not { } view)
        {
            return TypedResults.Problem($"Audit {id} does not exist.", statusCode: StatusCodes.Status404NotFound);
        }

        return ReinspectionAccess.MaySee(user, view.Adjuster)
            ? TypedResults.Ok(view)
            : TypedResults.Problem("Only auditors and the claim's adjuster see this audit.", statusCode: StatusCodes.Status403Forbidden);
    }
}
