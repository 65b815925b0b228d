using Claims.Web.Infrastructure.Seeding;

namespace Claims.Web.Features.Shops;

public static class ShopsRegistration
{
    /// <summary>The repair-shop network: a few demo shops per region.</summary>
    public static IServiceCollection AddRepairShops(this IServiceCollection services) => services.AddScoped<ISeeder, DemoShopsSeeder>();

    public static void MapRepairShops(this IEndpointRouteBuilder app)
    {
        RepairShops.Map(app);
        ManageRepairShops.Map(app);
        AssignShop.Map(app);
    }
}
