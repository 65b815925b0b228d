using System.Globalization;
using System.Text.Json;
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

    [Theory]
    [InlineData(100.00, 15, 15.00)]
    [InlineData(33.33, 12.5, 4.17)]
    [InlineData(0.05, 10, 0.01)]
    [InlineData(-0.05, 10, -0.01)]
    public void Money_TimesPercentage_RoundsOnceHalfAwayFromZero(decimal amount, decimal percent, decimal expected) =>
        Assert.Equal(expected, (Money.Of(amount) * Percentage.Of(percent)).Amount);

    [Theory]
    [InlineData(1000.01, 0.7, 700.01)]
    [InlineData(1000.00, 0.3333, 333.30)]
    [InlineData(0.01, 0.5, 0.01)]
    public void Money_TimesDecimal_IsTimesRoundedOnce(decimal amount, decimal factor, decimal expected)
    {
        Assert.Equal(expected, (Money.Of(amount) * factor).Amount);
        Assert.Equal(Money.Of(amount).Times(factor), Money.Of(amount) * factor);
    }

    [Fact]
    public void Money_SumAndNegate_AreExact()
    {
        Money[] amounts = [Money.Of(0.10m), Money.Of(0.20m), Money.Of(-0.05m)];
        Assert.Equal(0.25m, Money.Sum(amounts).Amount);
        Assert.Equal(0.25m, amounts.Sum(a => a).Amount);
        Assert.Equal(Money.Zero, Money.Sum([]));
        Assert.Equal(-0.10m, (-amounts[0]).Amount);
    }

    [Fact]
    public void Money_Compare_OrdersByAmount()
    {
        var (small, large) = (Money.Of(99.99m), Money.Of(100m));
        Assert.True(small < large && large > small && small <= Money.Of(99.99m) && large >= small);
        Assert.Equal(small, Money.Min(small, large));
        Assert.Equal(large, Money.Max(small, large));
        Assert.Equal(-1, small.CompareTo(large));
    }

    [Fact]
    public void Money_Format_FormatsTheAmount()
    {
        var amount = Money.Of(12345.6m);
        Assert.Equal("12,345.60", amount.ToString("N2", CultureInfo.InvariantCulture));
        Assert.Equal("12,345.60", string.Create(CultureInfo.InvariantCulture, $"{amount:N2}"));
    }

    [Fact]
    public void Money_Json_IsAPlainNumber()
    {
        Assert.Equal("1234.5", JsonSerializer.Serialize(Money.Of(1234.5m)));
        Assert.Equal("{\"a\":0.01}", JsonSerializer.Serialize(new { a = Money.Of(0.005m) }));
        Assert.Equal(Money.Of(1234.57m), JsonSerializer.Deserialize<Money>("1234.567"));
        Assert.Equal(Money.Of(1.5m), JsonSerializer.Deserialize<Money>("\"1.50\""));
    }
}
