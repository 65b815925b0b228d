using Claims.Domain.Common;

namespace Claims.Tests.Domain;

public class PercentageTests
{
    [Theory]
    [InlineData(15, 0.15)]
    [InlineData(12.5, 0.125)]
    [InlineData(200, 2)]
    [InlineData(0, 0)]
    public void Percentage_Fraction_IsValueOverHundred(decimal percent, decimal fraction) =>
        Assert.Equal(fraction, Percentage.Of(percent).Fraction);

    [Fact]
    public void Percentage_ToString_WritesAsUnderwritersDo() => Assert.Equal("12.5", Percentage.Of(12.5m).ToString());
}
