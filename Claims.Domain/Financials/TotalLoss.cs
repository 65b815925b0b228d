using Claims.Domain.Common;

namespace Claims.Domain.Financials;

/// <summary>Whether a repair is a constructive total loss, and what the total-loss settlement pays.</summary>
public sealed record TotalLossDecision(bool IsTotalLoss, decimal RepairEstimate, decimal ThresholdAmount, decimal ActualValue, decimal Share, decimal Excess, decimal Payable);

/// <summary>
/// A total loss when the repair estimate reaches the threshold share of the actual value (the clause's default 100 %);
/// then the settlement is actual value × liability share − excess, never below zero (DOMAIN.md, "Claim money").
/// </summary>
public static class TotalLoss
{
    public static TotalLossDecision Decide(decimal repairEstimate, decimal actualValue, decimal threshold, decimal shareRate, decimal excess)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threshold);
        var thresholdAmount = Money.Of(actualValue * threshold).Amount;
        var isTotalLoss = repairEstimate >= thresholdAmount;
        var share = Money.Of(actualValue).Times(shareRate);
        return new TotalLossDecision(isTotalLoss, repairEstimate, thresholdAmount, actualValue, share.Amount, excess, isTotalLoss ? Settlement(actualValue, shareRate, excess) : 0m);
    }

    /// <summary>The total-loss settlement: actual value × liability share (rounded) − excess, never below zero.</summary>
    public static decimal Settlement(decimal actualValue, decimal shareRate, decimal excess) =>
        (Money.Of(actualValue).Times(shareRate) - Money.Of(excess)).AtLeastZero().Amount;
}
