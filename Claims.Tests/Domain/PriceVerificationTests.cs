using Claims.Domain.Estimates;

namespace Claims.Tests.Domain;

public sealed class PriceVerificationTests
{
    [Theory]
    [InlineData(1000.00, 1000.00, false)]   // at the catalogue price
    [InlineData(1100.00, 1000.00, false)]   // exactly +10%: within tolerance
    [InlineData(1100.01, 1000.00, true)]    // just over +10%
    [InlineData(1300.00, 1000.00, true)]    // +30%
    [InlineData(700.00, 1000.00, false)]    // below the catalogue is never a deviation
    public void PartLine_PriceAgainstCatalogue_NeedsVerificationAboveTolerance(double price, double catalogue, bool deviates)
    {
        var line = EstimateLine.Part("P-1", "Bumper", "BUMPER_FRONT", PriceChannel.FourS, 1, (decimal)price, (decimal)catalogue);

        Assert.Equal(deviates, PriceVerification.Check([line], 0.10m).Count == 1);
    }

    [Fact]
    public void PartLine_NoCatalogueEntry_NeedsVerification()
    {
        var line = EstimateLine.Part("X-9", "Custom spoiler", "SPOILER", PriceChannel.Aftermarket, 1, 300m, null);

        var deviation = Assert.Single(PriceVerification.Check([line], 0.10m));

        Assert.Equal(DeviationKind.NoReference, deviation.Kind);
    }

    [Theory]
    [InlineData(2.2, 2.0, false)]   // +10% hours
    [InlineData(2.3, 2.0, true)]    // +15% hours
    public void LabourLine_HoursAgainstStandard_NeedsVerificationAboveTolerance(double hours, double standard, bool deviates)
    {
        var line = EstimateLine.Labour("BONNET", WorkType.Replace, (decimal)hours, 120m, (decimal)standard);

        Assert.Equal(deviates, PriceVerification.Check([line], 0.10m).Count == 1);
    }

    [Fact]
    public void PartLine_ThirtyPercentOver_ReportsExcess()
    {
        var deviation = Assert.Single(PriceVerification.Check([EstimateLine.Part("P", "P", "X", PriceChannel.Oem, 2, 1300m, 1000m)], 0.10m));

        Assert.Equal((DeviationKind.AboveReference, 0.30m), (deviation.Kind, deviation.Excess));
    }
}
