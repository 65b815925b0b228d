using Claims.Domain.Estimates;

namespace Claims.Web.Features.Claims;

/// <summary>An estimate as the API and pages show it: lines with their references, totals, deviations and replace flags.</summary>
public sealed record EstimateView(
    string ShopClass, bool PearlPaint, IReadOnlyList<EstimateView.Line> Lines, EstimateTotals Totals,
    IReadOnlyList<PriceDeviation> Deviations, IReadOnlyList<ReplaceInstead> ReplaceFlags)
{
    public sealed record Line(
        int Index, EstimateLineKind Kind, string Position, string Description, string? PartNumber, PriceChannel? Channel, int Quantity,
        decimal UnitPrice, WorkType? WorkType, decimal Hours, decimal? Reference, decimal Amount, bool NeedsVerification, bool ReplaceInstead);

    public static EstimateView Of(IReadOnlyList<EstimateLine> lines, ShopClass shopClass, bool pearlPaint, EstimateTotals totals, EstimateRules rules)
    {
        var deviations = PriceVerification.Check(lines, rules.PriceTolerance);
        var flags = RepairOrReplace.Check(lines, rules.RepairReplaceThreshold);
        var views = lines.Select((l, i) => new Line(
            i, l.Kind, l.Position, l.Description, l.PartNumber, l.Channel, l.Quantity, l.UnitPrice, l.WorkType, l.Hours, l.Reference, l.Amount.Amount,
            deviations.Any(d => d.LineIndex == i),
            l.Kind == EstimateLineKind.Labour && l.WorkType == WorkType.Repair && flags.Any(f => f.Position == l.Position))).ToList();
        return new EstimateView(shopClass.ToString(), pearlPaint, views, totals, deviations, flags);
    }
}
