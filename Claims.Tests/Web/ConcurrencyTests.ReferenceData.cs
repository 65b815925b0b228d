using System.Net.Http.Headers;
using System.Text;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Tests.Web;

public sealed partial class ConcurrencyTests
{
    private const string PartsHeader = "catalogue_version,model_code,region,part_number,part_name,position,channel,price,effective_from,effective_to";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task PartsCatalogue_EightAdminsReplaceOneSliceAtOnce_NeverServerErrorAndOneWritersRows(DatabaseProvider provider)
    {
        const int writers = 8;
        var app = provider == DatabaseProvider.Sqlite ? DemoApp() : await DemoAppOnPostgresAsync();
        var admins = await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => ApiClients.ForAsync(app, "admin")));

        // Every writer replaces the same (version, region) slice with three rows of its own prices.
        var responses = await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(() =>
            admins[i].PostAsync("/api/reference-data/parts-catalogue", new StringContent(
                $"""
                {PartsHeader}
                T-RACE,TOYOTA-COROLLA,GD,ZZ-52119-1,Race bumper,BUMPER_FRONT,FourS,{1000 + i}.00,2020-01-01,
                T-RACE,TOYOTA-COROLLA,GD,ZZ-81150-2,Race headlamp,HEADLAMP_L,FourS,{2000 + i}.00,2020-01-01,
                T-RACE,TOYOTA-COROLLA,GD,ZZ-53301-3,Race bonnet,BONNET,FourS,{3000 + i}.00,2020-01-01,
                """, Encoding.UTF8, new MediaTypeHeaderValue("text/csv"))))));

        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        output.WriteLine($"{writers} parallel imports of one slice on {provider}: " + string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Count()} × {g.Key}")));
        Assert.All(statuses, s => Assert.True(s is 200 or 409, $"every import succeeds or hears 'reload', got {s}"));
        Assert.Contains(200, statuses);
        var slice = await app.WithDbAsync(db => db.PartPrices.AsNoTracking().Where(p => p.CatalogueVersion == "T-RACE" && p.RegionCode == "GD")
            .Select(p => p.Price).ToListAsync());
        Assert.Equal(3, slice.Count);
        Assert.Single(slice.Select(p => (int)p % 1000).Distinct());
    }
}
