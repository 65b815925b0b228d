using Claims.Domain.Common;

namespace Claims.Domain.Financials;

/// <summary>Whether a repair is a constructive total loss, and what the total-loss settlement pays.</summary>
public sealed record TotalLossDecision(bool IsTotalLoss, Money RepairEstimate, Money ThresholdAmount, Money ActualValue, Money Share, Money Excess, Money Payable);

/// <summary>
/// A total loss when the repair estimate reaches the threshold share of the actual value (the clause's default 100 %);
/// then the settlement is actual value × liability share − excess, never below zero (DOMAIN.md, "Claim money").
/// </summary>
public static class TotalLoss
{
    public static TotalLossDecision Decide(Money repairEstimate, Money actualValue, decimal threshold, decimal shareRate, Money excess)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threshold);
        var thresholdAmount = actualValue.Times(threshold);
        var isTotalLoss = repairEstimate >= thresholdAmount;
        var share = actualValue.Times(shareRate);
        return new TotalLossDecision(isTotalLoss, repairEstimate, thresholdAmount, actualValue, share, excess, isTotalLoss ? Settlement(actualValue, shareRate, excess) : Money.Zero);
    }

    /// <summary>The total-loss settlement: actual value × liability share (rounded) − excess, never below zero.</summary>
    public static Money Settlement(Money actualValue, decimal shareRate, Money excess) => (actualValue.Times(shareRate) - excess).AtLeastZero();
}
