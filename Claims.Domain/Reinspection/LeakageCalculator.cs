using Claims.Domain.Claims;
using Claims.Domain.Estimates;

namespace Claims.Domain.Reinspection;

/// <summary>A line's amount before and after the audit; <see cref="Variance"/> = original − audited (0 when removed).</summary>
public sealed record LineVariance(int Index, decimal Original, decimal Audited)
{
    public decimal Variance => Original - Audited;

    public bool Changed => Variance != 0;
}

/// <summary>Both estimates' totals, and leakage = paid − what should have been paid (the audited payable).</summary>
public sealed record LeakageResult(
    IReadOnlyList<LineVariance> Lines, EstimateTotals Original, EstimateTotals Audited, decimal Paid, decimal ShouldHavePaid, decimal Leakage)
{
    /// <summary>Leakage as a share of the amount paid (0 when nothing was paid).</summary>
    public decimal Share => Paid == 0 ? 0 : Math.Round(Leakage / Paid, 4);
}

/// <summary>
/// Leakage through the same <see cref="EstimateCalculator"/> as the settlement, so paint ladder, liability share and
/// excess apply to the audited estimate exactly as they did to the paid one.
/// </summary>
public static class LeakageCalculator
{
    /// <param name="audited">Index for index with <paramref name="original"/>; null where the re-inspector removed the line.</param>
    public static LeakageResult Compute(
        IReadOnlyList<EstimateLine> original, IReadOnlyList<EstimateLine?> audited, bool pearlPaint, decimal originalSalvage, decimal auditedSalvage,
        LiabilityShare liability, decimal excess, decimal paid, EstimateRules rules)
    {
        if (audited.Count != original.Count)
        {
            throw new ArgumentException("The audited estimate has one entry per original line.", nameof(audited));
        }

        var variances = original.Select((line, i) => new LineVariance(i, line.Amount.Amount, audited[i]?.Amount.Amount ?? 0m)).ToList();
        var before = EstimateCalculator.Calculate(original, pearlPaint, originalSalvage, liability, excess, rules);
        var after = EstimateCalculator.Calculate([.. audited.OfType<EstimateLine>()], pearlPaint, auditedSalvage, liability, excess, rules);
        return new LeakageResult(variances, before, after, paid, after.Payable.Amount, paid - after.Payable.Amount);
    }
}
