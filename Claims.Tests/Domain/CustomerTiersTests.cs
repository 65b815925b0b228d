using Claims.Domain.Customers;

namespace Claims.Tests.Domain;

public sealed class CustomerTiersTests
{
    [Theory]
    // premium, tenure years, claims in 3 years → tier (default table: VIP ≥15,000/3y/≤1, A ≥6,000/1y/≤2, B ≥2,500/≤3)
    [InlineData(15_000, 3, 1, "VIP")]
    [InlineData(15_000, 2, 0, "A")]   // not yet three years a customer
    [InlineData(20_000, 5, 2, "A")]   // two claims is too many for VIP
    [InlineData(6_000, 1, 2, "A")]
    [InlineData(5_999.99, 4, 0, "B")]
    [InlineData(2_500, 0, 3, "B")]
    [InlineData(2_500, 0, 4, "C")]
    [InlineData(1_000, 10, 0, "C")]
    public void Classify_DefaultTable_FirstRuleMetWins(decimal premium, int tenure, int claims, string expected) =>
        Assert.Equal(expected, CustomerTiers.Classify(new CustomerFacts(premium, tenure, claims), CustomerTiers.Defaults));

    [Fact]
    public void Classify_EmptyTable_EveryoneIsLowest() =>
        Assert.Equal("C", CustomerTiers.Classify(new CustomerFacts(99_999m, 20, 0), []));
}
