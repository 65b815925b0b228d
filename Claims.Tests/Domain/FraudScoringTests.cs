using Claims.Domain.Claims;
using Claims.Domain.Fraud;

namespace Claims.Tests.Domain;

/// <summary>Each fraud indicator of DOMAIN.md on hand-made facts; a plain claim fires none.</summary>
public sealed class FraudScoringTests
{
    private static readonly FraudRules Rules = new();

    // Shanghai People's Square; a plain claim: policy a year old, loss at 14:00 local, reported 2 hours later.
    private static readonly FraudFacts Plain = new(
        PolicyStart: new DateOnly(2025, 11, 1), LastCoverIncrease: null,
        LossAtUtc: new DateTime(2026, 11, 20, 6, 0, 0, DateTimeKind.Utc), ReportedAtUtc: new DateTime(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc),
        Cause: LossCause.Collision, ThirdPartyCount: 1, ClaimsInLast12Months: 0, DriverNamedOnPolicy: true,
        DisclosureContradictions: [], SharedIdentifiers: [], LossLatitude: 31.2304, LossLongitude: 121.4737,
        Photos: [new PhotoFacts("damage-1.jpg", new DateTime(2026, 11, 20, 7, 0, 0, DateTimeKind.Utc), 31.2310, 121.4740)], ReusedPhotoClaims: []);

    [Fact]
    public void FraudScore_PlainClaim_FiresNothing()
    {
        var score = FraudScoring.Score(Plain, Rules);

        Assert.Equal((0, 0, false), (score.Score, score.Fired.Count, score.ReferToInvestigation));
    }

    public static TheoryData<string, FraudFacts, FraudIndicator> OneIndicator => new()
    {
        { "30 days after inception", Plain with { PolicyStart = new DateOnly(2026, 10, 21) }, FraudIndicator.EarlyLoss },
        { "10 days after a cover increase", Plain with { LastCoverIncrease = new DateOnly(2026, 11, 10) }, FraudIndicator.EarlyLoss },
        { "reported after 49 h", Plain with { ReportedAtUtc = Plain.LossAtUtc.AddHours(49) }, FraudIndicator.LateNotice },
        { "single vehicle at 23:30 local", Plain with { Cause = LossCause.SingleVehicle, ThirdPartyCount = 0, LossAtUtc = new DateTime(2026, 11, 20, 15, 30, 0, DateTimeKind.Utc), ReportedAtUtc = new DateTime(2026, 11, 20, 16, 0, 0, DateTimeKind.Utc), Photos = [] }, FraudIndicator.NightSingleVehicle },
        { "third claim in 12 months", Plain with { ClaimsInLast12Months = 2 }, FraudIndicator.FrequentClaims },
        { "bank account on another's claim", Plain with { SharedIdentifiers = [new SharedIdentifier("bank account", "6222 0000 1111", "C20261101AAAAAA")] }, FraudIndicator.SharedIdentifier },
        { "driver not named", Plain with { DriverNamedOnPolicy = false }, FraudIndicator.UnnamedDriver },
        { "survey contradicts disclosure", Plain with { DisclosureContradictions = ["commercial use"] }, FraudIndicator.DisclosureContradiction },
        { "photo 4 days before the loss", Plain with { Photos = [new PhotoFacts("odometer.jpg", Plain.LossAtUtc.AddDays(-4), null, null)] }, FraudIndicator.EvidenceMismatch },
        { "photo taken in Beijing", Plain with { Photos = [new PhotoFacts("scene.jpg", Plain.LossAtUtc, 39.9042, 116.4074)] }, FraudIndicator.EvidenceMismatch },
        { "photo reused", Plain with { ReusedPhotoClaims = ["C20260301BBBBBB"] }, FraudIndicator.ReusedPhoto },
    };

    [Theory]
    [MemberData(nameof(OneIndicator))]
    public void FraudScore_OneSuspiciousFact_FiresItsIndicatorWithWeight(string because, FraudFacts facts, FraudIndicator expected)
    {
        var score = FraudScoring.Score(facts, Rules);

        var fired = Assert.Single(score.Fired);
        Assert.True(fired.Indicator == expected, because);
        Assert.Equal(Rules.WeightOf(expected), score.Score);
        Assert.False(string.IsNullOrWhiteSpace(fired.Facts));
    }

    [Theory]
    [InlineData(31, false)]   // 31 days after inception: not early
    [InlineData(48, false)]   // notice at exactly 48 h: not late
    public void FraudScore_JustOutsideLimits_DoesNotFire(int value, bool fires)
    {
        var facts = value == 31
            ? Plain with { PolicyStart = new DateOnly(2026, 10, 20) }
            : Plain with { ReportedAtUtc = Plain.LossAtUtc.AddHours(value) };

        Assert.Equal(fires, FraudScoring.Score(facts, Rules).Fired.Count > 0);
    }

    [Fact]
    public void FraudScore_ReusedPhotoAndLateNotice_ReachesThresholdAndRefers()
    {
        // 40 + 10 = 50 = the threshold
        var facts = Plain with { ReusedPhotoClaims = ["C1"], ReportedAtUtc = Plain.LossAtUtc.AddDays(3) };

        var score = FraudScoring.Score(facts, Rules);

        Assert.Equal((50, true), (score.Score, score.ReferToInvestigation));
    }

    [Fact]
    public void FraudScore_WeightConfiguredZero_IndicatorIgnored()
    {
        var rules = new FraudRules { Weights = new() { [FraudIndicator.ReusedPhoto] = 0 } };

        Assert.Equal(0, FraudScoring.Score(Plain with { ReusedPhotoClaims = ["C1"] }, rules).Score);
    }

    [Fact]
    public void DistanceKm_ShanghaiToBeijing_About1068Km() =>
        Assert.InRange(FraudScoring.DistanceKm(31.2304, 121.4737, 39.9042, 116.4074), 1060, 1075);

    [Theory]
    [InlineData(0, 0, null)]
    [InlineData(10, 4, 0.6)]     // 6 of 10 referrals were not cleared
    [InlineData(3, 3, 0.0)]
    public void HitRate_ReferralsAndCleared_NotClearedShare(int referrals, int cleared, double? expected) =>
        Assert.Equal((decimal?)expected, FraudScore.HitRate(referrals, cleared));
}
