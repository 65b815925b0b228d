using Claims.Domain.Common;

namespace Claims.Tests.Domain;

public class PriceBandTests
{
    [Theory]
    [InlineData(37_600, PriceBand.Under60k)]
    [InlineData(59_999.99, PriceBand.Under60k)]
    [InlineData(60_000, PriceBand.From60kTo150k)]
    [InlineData(149_999.99, PriceBand.From60kTo150k)]
    [InlineData(150_000, PriceBand.From150kTo300k)]
    [InlineData(299_999.99, PriceBand.From150kTo300k)]
    [InlineData(300_000, PriceBand.From300kTo600k)]
    [InlineData(599_999.99, PriceBand.From300kTo600k)]
    [InlineData(600_000, PriceBand.Over600k)]
    [InlineData(1_098_000, PriceBand.Over600k)]
    public void PriceBand_NewCarPrice_FallsInItsBand(decimal price, PriceBand expected) =>
        Assert.Equal(expected, PriceBands.For(price));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void PriceBand_NonPositivePrice_Throws(decimal price) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PriceBands.For(price));

    [Theory]
    [InlineData("1", PriceBand.Under60k)]
    [InlineData("5", PriceBand.Over600k)]
    [InlineData("from150kto300k", PriceBand.From150kTo300k)]
    [InlineData(" Over600k ", PriceBand.Over600k)]
    public void PriceBandText_NumberOrName_Parses(string text, PriceBand expected)
    {
        Assert.True(PriceBands.TryParse(text, out var band));
        Assert.Equal(expected, band);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("Band3")]
    [InlineData("1,2")]
    [InlineData("")]
    [InlineData(null)]
    public void PriceBandText_Unknown_IsRejected(string? text) =>
        Assert.False(PriceBands.TryParse(text, out _));
}
