using Claims.Domain.Estimates;
using Claims.Domain.Shops;
using Claims.Web.Features.Financials;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Shops;

/// <summary>POST /api/repair-shops, PUT /api/repair-shops/{id}, DELETE /api/repair-shops/{id} (retires: claims and audits keep naming it).</summary>
public static class ManageRepairShops
{
    public sealed record Request(string? Name, string? RegionCode, string? ShopClass, string? ContactName, string? Phone, string? Email, string? Address, bool? Active);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/repair-shops", Create)
            .RequireAuthorization(Policies.Admins)
            .WithTags("Repair shops")
            .Produces<ShopView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Add a repair shop to the network: name, region, class (FourS, Class1, Class2, Class3) and contact.");
        app.MapPut("/api/repair-shops/{id:guid}", Update)
            .RequireAuthorization(Policies.Admins)
            .WithTags("Repair shops")
            .Produces<ShopView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Change a repair shop; claims already estimated keep the class they were priced with.");
        app.MapDelete("/api/repair-shops/{id:guid}", Retire)
            .RequireAuthorization(Policies.Admins)
            .WithTags("Repair shops")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Retire a repair shop: it takes no new claims; its claims and audits keep it.");
    }

    public static async Task<IResult> Create(Request request, ClaimsDbContext db, CancellationToken ct)
    {
        var (input, errors) = await CheckAsync(request, db, ct);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await db.Set<RepairShop>().AnyAsync(s => s.Name == input.Name, ct))
        {
            return NameTaken(input.Name);
        }

        var shop = RepairShop.Create(Guid.CreateVersion7(), input.Name, input.RegionCode, input.ShopClass, input.ContactName, input.Phone, input.Email, input.Address);
        db.Add(shop);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/repair-shops/{shop.Id}", ShopView.Of(shop));
    }

    public static async Task<IResult> Update(Guid id, Request request, ClaimsDbContext db, CancellationToken ct)
    {
        var (input, errors) = await CheckAsync(request, db, ct);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var shop = await db.Set<RepairShop>().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (shop is null)
        {
            return NotFound(id);
        }

        if (shop.Name != input.Name && await db.Set<RepairShop>().AnyAsync(s => s.Name == input.Name, ct))
        {
            return NameTaken(input.Name);
        }

        shop.Update(input.Name, input.RegionCode, input.ShopClass, input.ContactName, input.Phone, input.Email, input.Address, request.Active ?? shop.Active);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ShopView.Of(shop));
    }

    public static async Task<IResult> Retire(Guid id, ClaimsDbContext db, CancellationToken ct)
    {
        var shop = await db.Set<RepairShop>().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (shop is null)
        {
            return NotFound(id);
        }

        shop.Retire();
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private sealed record Input(string Name, string RegionCode, ShopClass ShopClass, string ContactName, string Phone, string? Email, string? Address);

    private static async Task<(Input Input, Dictionary<string, string[]> Errors)> CheckAsync(Request r, ClaimsDbContext db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var name = MoneyInput.Text(errors, "name", r.Name, RepairShop.MaxName);
        var region = MoneyInput.Text(errors, "regionCode", r.RegionCode, ReferenceDataLimits.RegionCode).ToUpperInvariant();
        var shopClass = MoneyInput.Choice<ShopClass>(errors, "shopClass", r.ShopClass);
        var contact = MoneyInput.Text(errors, "contactName", r.ContactName, RepairShop.MaxContact);
        var phone = MoneyInput.Text(errors, "phone", r.Phone, RepairShop.MaxPhone);
        var email = MoneyInput.Text(errors, "email", r.Email, RepairShop.MaxEmail, required: false);
        var address = MoneyInput.Text(errors, "address", r.Address, RepairShop.MaxAddress, required: false);
        if (email.Length > 0 && (!email.Contains('@', StringComparison.Ordinal) || email.Any(char.IsWhiteSpace)))
        {
            errors["email"] = ["An e-mail address like shop@example.com."];
        }

        if (region.Length > 0 && !errors.ContainsKey("regionCode") && !await db.Regions.AnyAsync(x => x.Code == region, ct))
        {
            errors["regionCode"] = [$"Region {region} does not exist."];
        }

        return (new Input(name, region, shopClass, contact, phone, email.Length == 0 ? null : email, address.Length == 0 ? null : address), errors);
    }

    private static IResult NameTaken(string name) =>
        TypedResults.Problem($"A repair shop named {name} already exists.", statusCode: StatusCodes.Status409Conflict, title: "Shop name taken");

    private static IResult NotFound(Guid id) => TypedResults.Problem($"Repair shop {id} does not exist.", statusCode: StatusCodes.Status404NotFound);
}
