using Claims.Domain.Estimates;
using Claims.Domain.Reinspection;

namespace Claims.Tests.Domain;

/// <summary>Re-inspection sampling at closure: the random share, the triggers, weak adjusters and reproducibility.</summary>
public sealed class SamplingRuleTests
{
    private static readonly ReinspectionRules Rules = new();

    /// <summary>The first claim id (in a fixed sequence) whose stable draw falls in [from, to).</summary>
    public static Guid IdWithDraw(decimal from, decimal to)
    {
        for (var i = 1; ; i++)
        {
            var id = new Guid(i, 7, 7, [1, 2, 3, 4, 5, 6, 7, 8]);
            var draw = StableDraw.Of(id);
            if (draw >= from && draw < to)
            {
                return id;
            }
        }
    }

    [Theory]
    // draw band,  paid,    deviations, shop,     score, expected reasons
    [InlineData(0.00, 0.05, 8_000, 0, "Class1", null, "Random")]                       // draw < 5%
    [InlineData(0.05, 0.15, 8_000, 0, "Class1", null, "")]                             // 5% ≤ draw, no score: not sampled
    [InlineData(0.05, 0.15, 8_000, 0, "Class1", 85.0, "")]                             // good adjuster keeps 5%
    [InlineData(0.05, 0.15, 8_000, 0, "Class1", 60.0, "WeakAdjuster")]                 // 60 < 70: share 5% × 3 = 15% > draw
    [InlineData(0.15, 1.00, 8_000, 0, "Class1", 60.0, "")]                             // draw ≥ 15%: even a weak adjuster escapes
    [InlineData(0.00, 0.05, 8_000, 0, "Class1", 60.0, "Random")]                       // inside the base share it is plain random
    [InlineData(0.50, 1.00, 50_000, 0, "Class1", null, "HighAmount")]                  // paid ≥ 50,000
    [InlineData(0.50, 1.00, 49_999.99, 0, "Class1", null, "")]                         // just under the threshold
    [InlineData(0.50, 1.00, 8_000, 2, "Class1", null, "PriceVerified")]                // lines went through price verification
    [InlineData(0.50, 1.00, 8_000, 0, "FourS", null, "FourSRepair")]                   // 4S-dealer repair
    [InlineData(0.00, 0.05, 60_000, 1, "FourS", 50.0, "Random,HighAmount,PriceVerified,FourSRepair")] // every reason recorded
    public void Sampling_ClaimFacts_GivesReasons(double from, double to, double paid, int deviations, string shop, double? score, string expected)
    {
        var id = IdWithDraw((decimal)from, (decimal)to);

        var decision = SamplingRule.Decide(new SamplingInput(id, (decimal)paid, deviations, Enum.Parse<ShopClass>(shop), (decimal?)score), Rules);

        Assert.Equal(expected, string.Join(',', decision.Reasons));
        Assert.Equal(expected.Length > 0, decision.Sampled);
    }

    [Fact]
    public void Sampling_WeakAdjuster_ShareIsTripled()
    {
        var decision = SamplingRule.Decide(new SamplingInput(Guid.NewGuid(), 1_000m, 0, ShopClass.Class2, 69.9m), Rules);

        Assert.Equal(0.15m, decision.Share);
    }

    [Fact]
    public void Sampling_SameClaimId_SameDecision()
    {
        var ids = Enumerable.Range(0, 200).Select(_ => Guid.NewGuid()).ToList();

        var first = ids.Select(id => SamplingRule.Decide(new SamplingInput(id, 5_000m, 0, ShopClass.Class1, 65m), Rules)).ToList();
        var again = ids.Select(id => SamplingRule.Decide(new SamplingInput(id, 5_000m, 0, ShopClass.Class1, 65m), Rules)).ToList();

        Assert.Equal(first.Select(d => (d.Sampled, d.Draw)), again.Select(d => (d.Sampled, d.Draw)));
        Assert.Equal(StableDraw.Of(Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301")), StableDraw.Of(Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301")));
    }

    [Fact]
    public void StableDraw_ManyIds_UniformInUnitInterval()
    {
        var draws = Enumerable.Range(0, 20_000).Select(i => StableDraw.Of(new Guid(i, 1, 1, [0, 0, 0, 0, 0, 0, 0, 1]))).ToList();

        Assert.All(draws, d => Assert.InRange(d, 0m, 0.9999999999m));
        // 5% of 20,000 = 1,000; a binomial's standard deviation is √(20,000 × 0.05 × 0.95) ≈ 31, so ±150 is ~5σ.
        Assert.InRange(draws.Count(d => d < 0.05m), 850, 1150);
    }

    [Fact]
    public void Sampling_TriggersSwitchedOff_OnlyRandom()
    {
        var rules = new ReinspectionRules { AmountThreshold = null, SampleFourSRepairs = false, SamplePriceVerified = false, RandomShare = 0m };

        var decision = SamplingRule.Decide(new SamplingInput(Guid.NewGuid(), 1_000_000m, 3, ShopClass.FourS, null), rules);

        Assert.False(decision.Sampled);
    }
}
