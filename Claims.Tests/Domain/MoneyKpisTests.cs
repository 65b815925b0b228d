using Claims.Domain.Kpis;

namespace Claims.Tests.Domain;

public sealed class MoneyKpisTests
{
    [Theory]
    [InlineData(6000, 0, 0, 6000)]        // open, nothing paid: the whole reserve
    [InlineData(6000, 2000, 0, 6000)]     // paid 2,000 + outstanding 4,000
    [InlineData(3000, 3000, 1200, 1800)]  // settled, then 1,200 recovered
    [InlineData(1000, 1000, 0, 1000)]
    public void Incurred_PaidPlusOutstandingLessRecoveries_IsReserveLessRecoveries(decimal reserve, decimal paid, decimal recovered, decimal expected) =>
        Assert.Equal(expected, MoneyKpis.Incurred(reserve, paid, recovered));

    [Theory]
    [InlineData(1000, 6000, 0.1667)]
    [InlineData(4000, 9000, 0.4444)]
    [InlineData(9000, 6000, 1.5)]
    [InlineData(6000, 6000, 1)]
    public void ReserveAdequacy_FinalPaidOverFirstReserve_FourDecimals(decimal paid, decimal firstReserve, decimal expected) =>
        Assert.Equal(expected, MoneyKpis.ReserveAdequacy(paid, firstReserve));

    [Fact]
    public void ReserveAdequacy_NoFirstReserve_IsNull() => Assert.Null(MoneyKpis.ReserveAdequacy(500m, 0m));

    [Theory]
    [InlineData("2026-06-30", "2026-06-30", "0–30 days")]
    [InlineData("2026-05-31", "2026-06-30", "0–30 days")]   // 30 days
    [InlineData("2026-05-30", "2026-06-30", "31–90 days")]  // 31 days
    [InlineData("2026-01-15", "2026-06-30", "91–180 days")] // 166 days
    [InlineData("2025-07-01", "2026-06-30", "181–365 days")] // 364 days
    [InlineData("2025-06-30", "2026-06-30", "181–365 days")] // 365 days
    [InlineData("2025-06-29", "2026-06-30", "over a year")]
    [InlineData("2026-07-05", "2026-06-30", "0–30 days")]   // reported "after" today: new
    public void BandOf_DaysSinceNotice_FallsInItsBand(string reported, string asOf, string band) =>
        Assert.Equal(band, MoneyKpis.BandOf(DateOnly.Parse(reported), DateOnly.Parse(asOf)).Label);
}
