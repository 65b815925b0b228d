using Claims.Domain.Claims;
using Claims.Domain.Policies;
using Microsoft.Extensions.Configuration;

namespace Claims.Tests.Domain;

public sealed class ClaimRulesTests
{
    private static readonly Dictionary<int, decimal> Limits = new ClaimRules().AuthorityLimits;

    [Theory]
    [InlineData(20000.00, 1, true, null)]
    [InlineData(20000.01, 1, false, 2)]
    [InlineData(150000.00, 1, false, 3)]
    [InlineData(100000.00, 2, true, null)]
    [InlineData(900000.00, 2, false, 3)]
    public void Settlement_AgainstAdjusterLimit_WithinOrReferred(double payable, int level, bool within, int? referTo)
    {
        var decision = SettlementAuthority.Decide((decimal)payable, level, Limits);

        Assert.Equal((within, referTo), (decision.IsWithin, decision.ReferToLevel));
    }

    private static readonly DateOnly Start = new(2026, 3, 1);

    private static Policy NewPolicy(Cover covers) =>
        Policy.Issue(Guid.NewGuid(), "PSH2026000001", Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "SH", Start, Start.AddYears(1).AddDays(-1), 3000m, covers);

    [Theory]
    [InlineData("2026-03-01", LossCause.Collision, true)]
    [InlineData("2027-02-28", LossCause.Collision, true)]
    [InlineData("2026-02-28", LossCause.Collision, false)]
    [InlineData("2027-03-01", LossCause.Collision, false)]
    [InlineData("2026-06-01", LossCause.Theft, false)]
    [InlineData("2026-06-01", LossCause.ThirdPartyDamage, true)]
    public void Coverage_LossDateAndCause_DecidesWithReason(string lossDate, LossCause cause, bool covered)
    {
        var decision = CoverageCheck.Decide(NewPolicy(Cover.OwnDamage | Cover.ThirdPartyLiability), cause, DateOnly.Parse(lossDate));

        Assert.Equal(covered, decision.Covered);
        Assert.Equal(covered, decision.Reason is null);
    }

    [Fact]
    public void Coverage_OutsidePeriod_ReasonNamesThePeriod() =>
        Assert.Contains("outside the policy period 2026-03-01 to 2027-02-28",
            CoverageCheck.Decide(NewPolicy(Cover.OwnDamage), LossCause.Collision, new DateOnly(2025, 12, 1)).Reason);

    [Fact]
    public void Surveyor_SeveralInRegion_LeastOpenWorkWins()
    {
        SurveyorCandidate[] candidates =
        [
            new("b.adjuster", "SH", 1, 3), new("a.adjuster", "SH", 1, 1), new("c.adjuster", "SH", 2, 1), new("bj", "BJ", 1, 0),
        ];

        Assert.Equal("a.adjuster", SurveyorAssignment.Pick(candidates, "SH")?.UserName);
        Assert.Null(SurveyorAssignment.Pick(candidates, "GD"));
    }

    [Fact]
    public void ClaimRules_FromConfiguration_OverrideDefaultsKeyByKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Claims:AuthorityLimits:1"] = "15000",
            ["Claims:Estimate:PaintLadder:3"] = "0.12",
            ["Claims:Estimate:PriceTolerance"] = "0.05",
            ["Claims:Estimate:LiabilityShares:Major"] = "0.8",
        }).Build();

        var rules = configuration.GetSection(ClaimRules.Section).Get<ClaimRules>()!;

        Assert.Equal((15_000m, 100_000m), (rules.AuthorityLimits[1], rules.AuthorityLimits[2]));
        Assert.Equal((0.88m, 0.85m), (rules.Estimate.PaintLadderFactor(3), rules.Estimate.PaintLadderFactor(4)));
        Assert.Equal((0.05m, 0.8m, 0.5m), (rules.Estimate.PriceTolerance, rules.Estimate.ShareOf(LiabilityShare.Major), rules.Estimate.ShareOf(LiabilityShare.Equal)));
    }

    [Theory]
    [InlineData("VIP", true)]
    [InlineData("a", true)]
    [InlineData("B", false)]
    [InlineData("C", false)]
    [InlineData(null, false)]
    [InlineData("", false)]
    public void IsFastTrack_DefaultTiers_VipAndAOnly(string? tier, bool expected) => Assert.Equal(expected, new ClaimRules().IsFastTrack(tier));

    [Fact]
    public void IsFastTrack_ConfiguredTiers_ReplaceTheDefaults()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Claims:FastTrackTiers"] = "VIP" }).Build();

        var rules = configuration.GetSection(ClaimRules.Section).Get<ClaimRules>()!;

        Assert.Equal((true, false), (rules.IsFastTrack("VIP"), rules.IsFastTrack("A")));
    }
}
