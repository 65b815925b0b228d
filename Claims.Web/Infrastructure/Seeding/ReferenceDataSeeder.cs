using System.Diagnostics;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Seeding.Demo;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Seeding;

/// <summary>Demo regions, vehicle models, tariff, hourly rates, labour standards and parts catalogue; each table only when empty.</summary>
public sealed class ReferenceDataSeeder(TimeProvider time, ILogger<ReferenceDataSeeder> logger) : ISeeder
{
    public int Order => 10;

    public async Task SeedAsync(ClaimsDbContext db, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var total = Stopwatch.StartNew();
        await SeedTable(db, db.Regions, DemoReferenceData.Regions, ct);
        await SeedTable(db, db.VehicleModels, DemoReferenceData.VehicleModels, ct);
        await SeedTable(db, db.TariffTables, () => [DemoReferenceData.Tariff(today)], ct);
        await SeedTable(db, db.AuthorityLimits, () => [.. Claims.Domain.Policies.AuthorityLimit.Defaults], ct);
        await SeedTable(db, db.HourlyRates, () => DemoReferenceData.HourlyRates(today), ct);
        await SeedTable(db, db.LabourStandards, () => DemoReferenceData.LabourStandards(today), ct);
        await SeedTable(db, db.PartPrices, () => DemoReferenceData.PartsCatalogue(today), ct);
        logger.LogInformation("Reference data seeded in {ElapsedMs} ms", total.ElapsedMilliseconds);
    }

    private async Task SeedTable<T>(ClaimsDbContext db, DbSet<T> set, Func<List<T>> rows, CancellationToken ct)
        where T : class
    {
        if (await set.AnyAsync(ct))
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        var list = rows();
        await db.InsertManyAsync(list, ct);
        logger.LogInformation("Seeded {Count} {Entity} rows in {ElapsedMs} ms", list.Count, typeof(T).Name, watch.ElapsedMilliseconds);
    }
}
