using Claims.Domain.Kpis;

namespace Claims.Tests.Domain;

public sealed class CycleTimeTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(7, 0)]
    [InlineData(8, 1)]
    [InlineData(14, 1)]
    [InlineData(15, 2)]
    [InlineData(30, 2)]
    [InlineData(31, 3)]
    [InlineData(60, 3)]
    [InlineData(61, 4)]
    [InlineData(90, 4)]
    [InlineData(91, 5)]
    [InlineData(400, 5)]
    public void Histogram_OneClaim_FallsInItsBucket(int days, int bucket)
    {
        var histogram = CycleTime.Histogram([days]);

        Assert.Equal(6, histogram.Count);
        Assert.Equal(1, histogram[bucket].Claims);
        Assert.Equal(1, histogram.Sum(b => b.Claims));
    }

    [Fact]
    public void Histogram_KnownClaims_CountsAndLabelsEveryBucket()
    {
        var histogram = CycleTime.Histogram([1, 3, 7, 9, 20, 45, 45, 100]);

        Assert.Equal([3, 1, 1, 2, 0, 1], histogram.Select(b => b.Claims));
        Assert.Equal(["0–7 days", "8–14 days", "15–30 days", "31–60 days", "61–90 days", "91+ days"], histogram.Select(b => b.Label));
    }

    [Fact]
    public void Days_PaidTheSameDayOrBefore_IsZeroAndWholeDaysOtherwise()
    {
        var reported = new DateTime(2026, 3, 1, 18, 0, 0, DateTimeKind.Utc);

        Assert.Equal(0, CycleTime.Days(reported, reported.AddHours(5)));
        Assert.Equal(0, CycleTime.Days(reported, reported.AddHours(-1)));
        Assert.Equal(2, CycleTime.Days(reported, reported.AddDays(2).AddHours(23)));
    }

    [Fact]
    public void Median_OddEvenAndEmpty_MiddleValueMeanOfTwoOrNull()
    {
        Assert.Equal(9m, CycleTime.Median([20, 1, 9]));
        Assert.Equal(5.5m, CycleTime.Median([1, 3, 8, 40]));
        Assert.Null(CycleTime.Median([]));
    }
}
