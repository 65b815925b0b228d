using Claims.Domain.Kpis;

namespace Claims.Tests.Domain;

public sealed class RenewalCountingTests
{
    private static readonly Guid HolderA = Guid.NewGuid(), HolderB = Guid.NewGuid(), CarA = Guid.NewGuid(), CarB = Guid.NewGuid(), CarC = Guid.NewGuid();

    private static PolicyTerm Term(Guid holder, Guid vehicle, string region, DateOnly start) =>
        new(Guid.NewGuid(), holder, vehicle, region, start, start.AddYears(1).AddDays(-1));

    [Fact]
    public void ByRegionAndMonth_KnownBook_DueRenewedAndRate()
    {
        // Three SH policies expire in March 2026: one renewed the next day, one renewed a week late (a lapse), one not at all.
        var renewedOld = Term(HolderA, CarA, "SH", new DateOnly(2025, 3, 10));
        var renewedNew = Term(HolderA, CarA, "SH", new DateOnly(2026, 3, 10));
        var lapsedOld = Term(HolderB, CarB, "SH", new DateOnly(2025, 3, 20));
        var lapsedNew = Term(HolderB, CarB, "SH", new DateOnly(2026, 3, 26));
        var gone = Term(HolderB, CarC, "SH", new DateOnly(2025, 3, 5));
        // A BJ policy expiring in April whose successor is for another vehicle: not a renewal.
        var bj = Term(HolderA, CarB, "BJ", new DateOnly(2025, 4, 5));
        var otherCar = Term(HolderA, CarC, "BJ", new DateOnly(2026, 4, 5));

        var counts = RenewalCounting.ByRegionAndMonth([renewedOld, renewedNew, lapsedOld, lapsedNew, gone, bj, otherCar], new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 30));

        Assert.Equal(
            [new RenewalCount("SH", 2026, 3, 3, 1), new RenewalCount("BJ", 2026, 4, 1, 0)],
            counts);
        Assert.Equal(0.3333m, counts[0].Rate);
        Assert.Equal(0m, counts[1].Rate);
    }

    [Fact]
    public void Renewed_SuccessorStartsTheDayAfterExpiry_True()
    {
        var old = Term(HolderA, CarA, "SH", new DateOnly(2025, 6, 1));

        Assert.True(RenewalCounting.Renewed(old, [old, Term(HolderA, CarA, "SH", new DateOnly(2026, 6, 1))]));
        Assert.False(RenewalCounting.Renewed(old, [old, Term(HolderB, CarA, "SH", new DateOnly(2026, 6, 1))]));
        Assert.False(RenewalCounting.Renewed(old, [old]));
    }

    [Fact]
    public void ByRegionAndMonth_NothingExpires_Empty() =>
        Assert.Empty(RenewalCounting.ByRegionAndMonth([Term(HolderA, CarA, "SH", new DateOnly(2026, 1, 1))], new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)));
}
