using Claims.Domain.Estimates;
using Claims.Domain.Shops;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Seeding.Demo;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Seeding;

/// <summary>Four demo repair shops per region, one of each class; the shop names the demo claims carry are among them.</summary>
public sealed class DemoShopsSeeder : ISeeder
{
    public int Order => 15;

    public async Task SeedAsync(ClaimsDbContext db, CancellationToken ct)
    {
        var existing = await db.Set<RepairShop>().Select(s => s.Name).ToListAsync(ct);
        var n = 0;
        foreach (var region in DemoPeople.Regions)
        {
            foreach (var (shopClass, kind) in new[] { (ShopClass.FourS, "4S Centre"), (ShopClass.Class1, "Motor Works"), (ShopClass.Class2, "Auto Repair"), (ShopClass.Class3, "Garage") })
            {
                n++;
                var name = $"{region.Name} {kind}";
                if (!existing.Contains(name))
                {
                    db.Add(RepairShop.Create(new Guid($"5a0e0000-0000-0000-0000-{n:000000000000}"), name, region.Code, shopClass,
                        $"Service desk {region.Code}-{n}", $"400-800-{n:0000}", $"shop{n}@{region.Code.ToLowerInvariant()}.example.com", $"{n} Repair Road, {region.Name}"));
                }
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
