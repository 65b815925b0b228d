using Claims.Domain.Renewals;

namespace Claims.Tests.Domain;

public sealed class RenewalStagesTests
{
    private static readonly DateOnly Expiry = new(2027, 3, 31);

    [Theory]
    // days before expiry, tier, expected stage (null = nothing today)
    [InlineData(61, null, null)]
    [InlineData(60, null, RenewalStage.Days60)]
    [InlineData(45, null, RenewalStage.Days60)] // still in the 60-day window: a missed sweep catches up
    [InlineData(30, null, RenewalStage.Days30)]
    [InlineData(8, null, RenewalStage.Days30)]
    [InlineData(7, null, RenewalStage.Days7)]
    [InlineData(0, null, RenewalStage.ExpiryNotice)]
    [InlineData(-14, null, RenewalStage.ExpiryNotice)]
    [InlineData(-15, null, RenewalStage.Lapsed)]
    [InlineData(91, "VIP", null)]
    [InlineData(90, "VIP", RenewalStage.Days90)]
    [InlineData(60, "VIP", RenewalStage.Days60)]
    [InlineData(90, "A", null)]
    public void Due_ByDaysBeforeExpiryAndTier_PicksTheCurrentStage(int daysBefore, string? tier, RenewalStage? expected)
    {
        var decision = RenewalStages.Due(Expiry, tier, Expiry.AddDays(-daysBefore), new HashSet<RenewalStage>(), RenewalSchedule.Default);

        Assert.Equal(expected, decision?.Stage);
    }

    [Fact]
    public void Due_StageAlreadySent_NothingToday()
    {
        var decision = RenewalStages.Due(Expiry, null, Expiry.AddDays(-20), new HashSet<RenewalStage> { RenewalStage.Days30 }, RenewalSchedule.Default);

        Assert.Null(decision);
    }

    [Fact]
    public void Due_MissedSixtyDayStage_SendsOnlyTheThirtyDayOne()
    {
        var decision = RenewalStages.Due(Expiry, null, Expiry.AddDays(-29), new HashSet<RenewalStage>(), RenewalSchedule.Default);

        Assert.Equal(new StageDecision(RenewalStage.Days30, Expiry.AddDays(-30), CallTask: false), decision);
    }

    [Theory]
    [InlineData("VIP", 90, true)]
    [InlineData("VIP", 30, false)]
    [InlineData("B", 60, false)]
    public void Due_VipFirstReminder_AsksForAnAgentCall(string tier, int daysBefore, bool callTask)
    {
        var decision = RenewalStages.Due(Expiry, tier, Expiry.AddDays(-daysBefore), new HashSet<RenewalStage>(), RenewalSchedule.Default);

        Assert.Equal(callTask, decision!.CallTask);
    }
}
