using Claims.Domain.Claims;
using Claims.Domain.Shops;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Shops;

/// <summary>POST /api/claims/{id}/repair-shop: the adjuster assigns a network shop of the claim's region; its class prices the estimate's labour.</summary>
public static class AssignShop
{
    public sealed record Request(Guid? ShopId);

    public sealed record Response(Guid ClaimId, Guid ShopId, string RepairShop, string ShopClass);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/claims/{id:guid}/repair-shop", Handle)
            .RequireAuthorization(Policies.Adjusters)
            .WithTags("Repair shops")
            .Produces<Response>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Assign a repair shop of the claim's region before the estimate is submitted; the estimate then uses the shop's class.");

    public static async Task<IResult> Handle(Guid id, Request request, ClaimsDbContext db, CancellationToken ct)
    {
        var (claim, problem) = await AssignAsync(db, id, request.ShopId, ct);
        return problem ?? TypedResults.Ok(new Response(claim!.Id, claim.RepairShopId!.Value, claim.RepairShop!, claim.ShopClass.ToString()));
    }

    /// <summary>Assigns and saves, for the API and the claim page alike; the problem to answer, or null with the claim.</summary>
    public static async Task<(Claim? Claim, IResult? Problem)> AssignAsync(ClaimsDbContext db, Guid id, Guid? shopId, CancellationToken ct)
    {
        var claim = await db.Claims.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (claim is null)
        {
            return (null, TypedResults.Problem($"Claim {id} does not exist.", statusCode: StatusCodes.Status404NotFound));
        }

        var shop = shopId is { } sid ? await db.Set<RepairShop>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == sid, ct) : null;
        if (shop is null || !shop.Active || shop.RegionCode != claim.RegionCode)
        {
            return (claim, TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["shopId"] = [$"Choose an active repair shop of region {claim.RegionCode}."],
            }));
        }

        if (claim.Status is not (ClaimStatus.Notified or ClaimStatus.Surveying))
        {
            return (claim, TypedResults.Problem($"Claim {claim.Number} is {claim.Status}; a repair shop is assigned before the estimate is submitted.",
                statusCode: StatusCodes.Status409Conflict, title: "Estimate already submitted"));
        }

        claim.AssignShop(shop.Id, shop.Name, shop.Class);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (claim, TypedResults.Problem($"Claim {claim.Number} changed meanwhile; reload and assign again.", statusCode: StatusCodes.Status409Conflict));
        }

        return (claim, null);
    }
}
