namespace Claims.Domain.Estimates;

public enum DeviationKind { NoReference, AboveReference }

/// <summary>A line a price checker must look at, with how far it is above its reference (null when there is none).</summary>
public sealed record PriceDeviation(int LineIndex, EstimateLineKind LineKind, string Position, DeviationKind Kind, decimal Value, decimal? Reference, decimal? Excess);

/// <summary>Price verification (核价): lines above the catalogue price or standard by more than the tolerance, or with none.</summary>
public static class PriceVerification
{
    public static IReadOnlyList<PriceDeviation> Check(IReadOnlyList<EstimateLine> lines, decimal tolerance)
    {
        var deviations = new List<PriceDeviation>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Reference is not { } reference)
            {
                deviations.Add(new PriceDeviation(i, line.Kind, line.Position, DeviationKind.NoReference, line.CheckedValue, null, null));
            }
            else if (line.CheckedValue > reference * (1m + tolerance))
            {
                var excess = reference == 0 ? (decimal?)null : Math.Round(line.CheckedValue / reference - 1m, 4);
                deviations.Add(new PriceDeviation(i, line.Kind, line.Position, DeviationKind.AboveReference, line.CheckedValue, reference, excess));
            }
        }

        return deviations;
    }
}
