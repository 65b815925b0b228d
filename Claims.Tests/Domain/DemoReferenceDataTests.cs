using Claims.Domain.Estimates;
using Claims.Web.Infrastructure.Seeding.Demo;

namespace Claims.Tests.Domain;

public class DemoReferenceDataTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void DemoPartsCatalogue_EveryPart_Prices4SAboveOemAboveAftermarketAboveUsed()
    {
        var rows = DemoReferenceData.PartsCatalogue(Today);

        var parts = rows.GroupBy(r => (r.ModelCode, r.RegionCode, r.PartNumberKey)).ToList();
        Assert.True(DemoVehicleModels.All.Count >= 10);
        Assert.Equal(DemoVehicleModels.All.Count * 3 * DemoPartPositions.All.Count, parts.Count);
        Assert.All(parts, part =>
        {
            var prices = part.OrderBy(r => r.Channel).Select(r => r.Price).ToList();
            Assert.Equal(prices.OrderDescending(), prices);
            Assert.Equal(prices.Count, prices.Distinct().Count());
        });
    }

    [Fact]
    public void DemoReferenceData_GeneratedTwice_IsIdentical()
    {
        static string Fingerprint(IEnumerable<PartPrice> rows) =>
            string.Join('|', rows.Select(r => $"{r.ModelCode}{r.RegionCode}{r.PartNumber}{r.Channel}{r.Price}"));

        Assert.Equal(Fingerprint(DemoReferenceData.PartsCatalogue(Today)), Fingerprint(DemoReferenceData.PartsCatalogue(Today)));
        Assert.Equal(
            DemoReferenceData.LabourStandards(Today).Select(s => s.Hours),
            DemoReferenceData.LabourStandards(Today).Select(s => s.Hours));
    }

    [Fact]
    public void DemoVehicleModels_CoverAllFivePriceBands()
    {
        var bands = DemoReferenceData.VehicleModels().Select(m => m.Band).Distinct();

        Assert.Equal(5, bands.Count());
    }
}
