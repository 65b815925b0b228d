using Claims.Domain.Common;

namespace Claims.Domain.Estimates;

/// <summary>A position whose repair costs so much of the part's price that the part should be replaced.</summary>
public sealed record ReplaceInstead(string Position, decimal RepairCost, decimal PartPrice, decimal Ratio);

/// <summary>Repair versus replace: repair labour plus paint on a position reaching the threshold of the part's catalogue price.</summary>
public static class RepairOrReplace
{
    public static IReadOnlyList<ReplaceInstead> Check(IReadOnlyList<EstimateLine> lines, decimal threshold)
    {
        var flags = new List<ReplaceInstead>();
        foreach (var repair in lines.Where(l => l.Kind == EstimateLineKind.Labour && l.WorkType == WorkType.Repair).GroupBy(l => l.Position))
        {
            var price = repair.Select(l => l.ReplacementPrice).FirstOrDefault(p => p is > 0);
            if (price is not { } partPrice)
            {
                continue;
            }

            var cost = (repair.Sum(l => l.Amount)
                + lines.Where(l => l.Kind == EstimateLineKind.Paint && l.Position == repair.Key).Sum(l => l.Amount)).Amount;
            if (cost >= threshold * partPrice)
            {
                flags.Add(new ReplaceInstead(repair.Key, cost, partPrice, Math.Round(cost / partPrice, 4)));
            }
        }

        return flags;
    }
}
