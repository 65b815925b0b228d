using Claims.Domain.Common;

namespace Claims.Tests.Domain;

public class MoneyTests
{
    [Theory]
    [InlineData(1.005, 1.01)]
    [InlineData(1.004, 1.00)]
    [InlineData(-1.005, -1.01)]
    [InlineData(2.5, 2.50)]
    [InlineData(1234.565, 1234.57)]
    public void Money_Of_RoundsHalfAwayFromZeroToTwoDecimals(decimal amount, decimal expected) =>
        Assert.Equal(expected, Money.Of(amount).Amount);

    [Fact]
    public void Money_TimesAndFloor_RoundOncePerStep()
    {
        var share = Money.Of(1000.01m).Times(0.7m);
        Assert.Equal(700.01m, share.Amount);
        Assert.Equal(Money.Zero, (share - Money.Of(800m)).AtLeastZero());
        Assert.Equal("700.01", share.ToString());
    }
}
