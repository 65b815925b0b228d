using Claims.Domain.Policies;

namespace Claims.Tests.Domain;

public class VinTests
{
    [Theory]
    [InlineData("1M8GDM9AXKP042788", 'X')]
    [InlineData("11111111111111111", '1')]
    public void Vin_CheckDigit_FollowsIso3779(string vin, char expected)
    {
        Assert.Equal(expected, Vins.CheckDigit(vin));
        Assert.True(Vins.HasValidCheckDigit(vin));
    }

    [Theory]
    [InlineData("1M8GDM9AXKP04278")]
    [InlineData("1M8GDM9AXKP04278O")]
    [InlineData(null)]
    public void Vin_Malformed_IsRejected(string? vin) => Assert.False(Vins.IsWellFormed(vin));
}
