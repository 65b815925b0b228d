using Claims.Domain.Claims;
using Claims.Domain.Common;

namespace Claims.Domain.Estimates;

/// <summary>Estimate totals as a pure function of the lines and the rules (DOMAIN.md, "Totals, in this order").</summary>
public static class EstimateCalculator
{
    public static EstimateTotals Calculate(
        IReadOnlyList<EstimateLine> lines, bool pearlPaint, decimal salvage, LiabilityShare liability, decimal excess, EstimateRules rules)
    {
        Money parts = Money.Zero, labour = Money.Zero, panelSum = Money.Zero;
        var panels = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            switch (line.Kind)
            {
                case EstimateLineKind.Part:
                    parts += line.Amount;
                    break;
                case EstimateLineKind.Labour:
                    labour += line.Amount;
                    break;
                default:
                    panelSum += line.Amount;
                    panels++;
                    break;
            }
        }

        // The ladder and the pearl surcharge apply to the paint total together: one step, one rounding.
        var factor = rules.PaintLadderFactor(panels) * (pearlPaint ? 1m + rules.PearlSurcharge : 1m);
        var paint = panelSum.Times(factor);
        var gross = parts + labour + paint;
        var salvageKept = Money.Of(salvage);
        var net = gross - salvageKept;
        var rate = rules.ShareOf(liability);
        var share = net.Times(rate);
        var deducted = Money.Of(excess);
        var payable = (share - deducted).AtLeastZero();
        return new EstimateTotals(parts, labour, panels, panelSum, factor, paint, gross, salvageKept, net, rate, share, deducted, payable);
    }
}
