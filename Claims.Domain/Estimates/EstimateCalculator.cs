using Claims.Domain.Claims;
using Claims.Domain.Common;

namespace Claims.Domain.Estimates;

/// <summary>Estimate totals as a pure function of the lines and the rules (DOMAIN.md, "Totals, in this order").</summary>
public static class EstimateCalculator
{
    public static EstimateTotals Calculate(
        IReadOnlyList<EstimateLine> lines, bool pearlPaint, decimal salvage, LiabilityShare liability, decimal excess, EstimateRules rules)
    {
        decimal parts = 0m, labour = 0m, panelSum = 0m;
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
        var paint = Money.Of(panelSum * factor);
        var gross = Money.Of(parts) + Money.Of(labour) + paint;
        var net = gross - Money.Of(salvage);
        var rate = rules.ShareOf(liability);
        var share = net.Times(rate);
        var payable = (share - Money.Of(excess)).AtLeastZero();
        return new EstimateTotals(parts, labour, panels, panelSum, factor, paint.Amount, gross.Amount, Money.Of(salvage).Amount,
            net.Amount, rate, share.Amount, Money.Of(excess).Amount, payable.Amount);
    }
}
