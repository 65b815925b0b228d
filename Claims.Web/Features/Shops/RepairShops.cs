using Claims.Domain.Reinspection;
using Claims.Domain.Shops;
using Claims.Web.Features.Reinspections;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Shops;

/// <summary>GET /api/repair-shops (by region and class) and GET /api/repair-shops/{id} with the shop's leakage from re-inspection.</summary>
public static class RepairShops
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/repair-shops", List)
            .RequireAuthorization(Policies.Staff)
            .WithTags("Repair shops")
            .Produces<List<ShopView>>()
            .WithSummary("The repair-shop network, optionally of one region; retired shops only when asked.");
        app.MapGet("/api/repair-shops/{id:guid}", Get)
            .RequireAuthorization(Policies.Staff)
            .WithTags("Repair shops")
            .Produces<ShopView>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One repair shop with its leakage: the closed re-inspection audits of the claims it repaired.");
    }

    public static async Task<IResult> List(string? region, bool? includeRetired, ClaimsDbContext db, CancellationToken ct)
    {
        var code = region?.Trim().ToUpperInvariant();
        var shops = await db.Set<RepairShop>().AsNoTracking()
            .Where(s => (code == null || code == "" || s.RegionCode == code) && (includeRetired == true || s.Active))
            .OrderBy(s => s.RegionCode).ThenBy(s => s.Class).ThenBy(s => s.Name).ToListAsync(ct);
        return TypedResults.Ok(shops.Select(s => ShopView.Of(s)).ToList());
    }

    public static async Task<IResult> Get(Guid id, ClaimsDbContext db, ReinspectionRules rules, CancellationToken ct)
    {
        var shop = await db.Set<RepairShop>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        return shop is null
            ? TypedResults.Problem($"Repair shop {id} does not exist.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(ShopView.Of(shop, ShopLeakage.Of(shop.Name, await Scorecards.ForShopAsync(db, shop.Name, rules, ct))));
    }
}
