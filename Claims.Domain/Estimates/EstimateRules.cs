using Claims.Domain.Claims;

namespace Claims.Domain.Estimates;

/// <summary>
/// The thresholds of estimating, settled per insurer (bound from configuration section <c>Claims:Estimate</c>).
/// Defaults are published practice. Dictionaries, so a configuration file overrides key by key.
/// </summary>
public sealed class EstimateRules
{
    /// <summary>Discount by the least number of painted panels it applies from (3: 10%, …, 7+: 30%).</summary>
    public Dictionary<int, decimal> PaintLadder { get; init; } = new() { [3] = 0.10m, [4] = 0.15m, [5] = 0.20m, [6] = 0.25m, [7] = 0.30m };

    /// <summary>Pearl or three-stage paint costs this much more on the whole paint total.</summary>
    public decimal PearlSurcharge { get; init; } = 0.10m;

    /// <summary>Repair labour and paint reaching this share of the part's price means replace instead.</summary>
    public decimal RepairReplaceThreshold { get; init; } = 0.80m;

    /// <summary>A line this far above its catalogue price or standard goes to a price checker.</summary>
    public decimal PriceTolerance { get; init; } = 0.10m;

    /// <summary>The channel whose catalogue price a repair is compared with.</summary>
    public PriceChannel ReplacementChannel { get; init; } = PriceChannel.FourS;

    /// <summary>The insurer's share of the net by the insured driver's liability.</summary>
    public Dictionary<LiabilityShare, decimal> LiabilityShares { get; init; } = new()
    {
        [LiabilityShare.Full] = 1.00m, [LiabilityShare.Major] = 0.70m, [LiabilityShare.Equal] = 0.50m,
        [LiabilityShare.Minor] = 0.30m, [LiabilityShare.None] = 0m,
    };

    public static readonly EstimateRules Default = new();

    /// <summary>1 − the discount of the highest ladder step reached by <paramref name="panels"/>.</summary>
    public decimal PaintLadderFactor(int panels)
    {
        var discount = 0m;
        var reached = int.MinValue;
        foreach (var (from, rate) in PaintLadder)
        {
            if (panels >= from && from > reached)
            {
                reached = from;
                discount = rate;
            }
        }

        return 1m - discount;
    }

    public decimal ShareOf(LiabilityShare liability) =>
        LiabilityShares.TryGetValue(liability, out var share) ? share : throw new InvalidOperationException($"No share configured for {liability} liability.");
}
