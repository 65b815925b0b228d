using System.Security.Cryptography;
using Claims.Domain.Estimates;

namespace Claims.Domain.Reinspection;

/// <summary>What sampling needs to know about a closed claim; <paramref name="AdjusterScore"/> is null before any audit.</summary>
public sealed record SamplingInput(Guid ClaimId, decimal PaidAmount, int PriceDeviations, ShopClass ShopClass, decimal? AdjusterScore);

/// <summary>The decision with every reason that applied, the draw and the random share it was compared with.</summary>
public sealed record SamplingDecision(bool Sampled, IReadOnlyList<SamplingReason> Reasons, decimal Draw, decimal Share);

/// <summary>Re-inspection sampling at closure: a random share (raised for weak adjusters) plus triggers.</summary>
public static class SamplingRule
{
    public static SamplingDecision Decide(SamplingInput input, ReinspectionRules rules)
    {
        var reasons = new List<SamplingReason>();
        var draw = StableDraw.Of(input.ClaimId);
        var weak = input.AdjusterScore is { } score && score < rules.WeakScoreThreshold;
        var share = Math.Min(1m, weak ? rules.RandomShare * rules.WeakScoreMultiplier : rules.RandomShare);
        if (draw < rules.RandomShare)
        {
            reasons.Add(SamplingReason.Random);
        }
        else if (draw < share)
        {
            reasons.Add(SamplingReason.WeakAdjuster);
        }

        if (rules.AmountThreshold is { } threshold && input.PaidAmount >= threshold)
        {
            reasons.Add(SamplingReason.HighAmount);
        }

        if (rules.SamplePriceVerified && input.PriceDeviations > 0)
        {
            reasons.Add(SamplingReason.PriceVerified);
        }

        if (rules.SampleFourSRepairs && input.ShopClass == ShopClass.FourS)
        {
            reasons.Add(SamplingReason.FourSRepair);
        }

        return new SamplingDecision(reasons.Count > 0, reasons, draw, share);
    }
}

/// <summary>A uniform draw in [0, 1) fixed by the claim id, so a decision can be replayed and audited.</summary>
public static class StableDraw
{
    public static decimal Of(Guid id)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(id.ToByteArray(), hash);
        // 53 bits, like a double's mantissa: enough resolution for any share.
        var bits = BitConverter.ToUInt64(hash[..8]) >> 11;
        return (decimal)bits / (1UL << 53);
    }
}
