using System.Diagnostics;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Seeding;
using Claims.Web.Infrastructure.Seeding.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit.Abstractions;

namespace Claims.Tests.Web;

public class DemoSeedingTests(ITestOutputHelper output)
{
    [Fact]
    public async Task DemoSeeders_RunTwice_KeepTheSameCounts()
    {
        using var app = new RefDataAppFactory();
        _ = app.Server;
        var first = await app.WithDbAsync(Counts);

        var watch = Stopwatch.StartNew();
        await StartupSeeding.RunAsync(app.Services, app.Services.GetRequiredService<IHostEnvironment>());
        output.WriteLine($"Second seeding pass: {watch.ElapsedMilliseconds} ms; counts {string.Join(", ", first)}");

        Assert.Equal(first, await app.WithDbAsync(Counts));
        Assert.Equal([3, 17, 1, 12, 3 * 5 * 4 * DemoPartPositions.All.Count, 6], first.Take(6));
        Assert.True(first[6] > 15_000, "the parts catalogue should hold thousands of rows");
        Assert.Equal(DemoPolicies.PolicyholderCount, first[7]);
    }

    [Fact]
    public async Task DemoSeeders_EmptyDatabase_SeedFast()
    {
        using var app = new RefDataUsersOnlyAppFactory();
        _ = app.Server;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var seeders = scope.ServiceProvider.GetServices<ISeeder>().Where(s => s.IsDemoData).OrderBy(s => s.Order).ToList();

        var watch = Stopwatch.StartNew();
        foreach (var seeder in seeders)
        {
            await seeder.SeedAsync(db, CancellationToken.None);
        }

        output.WriteLine($"Demo data seeded in {watch.ElapsedMilliseconds} ms");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"seeding took {watch.Elapsed}");
        Assert.True(await db.PartPrices.CountAsync() > 15_000);
    }

    [Fact]
    public async Task StartupSeeding_DemoSeedOffInDevelopment_SeedsAccountsOnly()
    {
        using var app = new RefDataUsersOnlyAppFactory();
        _ = app.Server;

        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "admin")));
        Assert.Equal(0, await app.WithDbAsync(db => db.Regions.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Policies.CountAsync()));
    }

    [Fact]
    public async Task DemoPolicies_Seeded_ExpireWithinTheNext120Days()
    {
        using var app = new RefDataAppFactory();
        _ = app.Server;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var expiries = await app.WithDbAsync(db => db.Policies.Select(p => p.ExpiryDate).ToListAsync());

        Assert.InRange(expiries.Count, DemoPolicies.PolicyholderCount, DemoPolicies.PolicyholderCount * 2);
        Assert.All(expiries, e => Assert.InRange(e, today, today.AddDays(DemoPolicies.RenewalWindowDays + 1)));
        Assert.True(expiries.Distinct().Count() > 60, "expiries should spread over the window");
    }

    private static async Task<int[]> Counts(ClaimsDbContext db) =>
    [
        await db.Regions.CountAsync(), await db.VehicleModels.CountAsync(), await db.TariffTables.CountAsync(),
        await db.HourlyRates.CountAsync(), await db.LabourStandards.CountAsync(), await db.Agents.CountAsync(),
        await db.PartPrices.CountAsync(), await db.Policyholders.CountAsync(), await db.Vehicles.CountAsync(),
        await db.Policies.CountAsync(), await db.Users.CountAsync(),
    ];
}
