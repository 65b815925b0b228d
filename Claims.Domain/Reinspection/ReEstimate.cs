using Claims.Domain.Common;
using Claims.Domain.Estimates;

namespace Claims.Domain.Reinspection;

public sealed record ReEstimateResult(IReadOnlyList<AuditLine> Lines, Dictionary<string, string[]> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>Applies the re-inspector's revisions to a copy of the estimate; every change needs a finding category.</summary>
public static class ReEstimate
{
    public static ReEstimateResult Apply(IReadOnlyList<EstimateLine> original, IReadOnlyList<LineRevision> revisions, decimal originalSalvage,
        decimal auditedSalvage, FindingCategory? salvageFinding)
    {
        var errors = new Dictionary<string, string[]>();
        var byIndex = new Dictionary<int, LineRevision>();
        foreach (var r in revisions)
        {
            if (r.Index < 0 || r.Index >= original.Count || !byIndex.TryAdd(r.Index, r))
            {
                errors[$"lines[{r.Index}]"] = [$"Line {r.Index} is not a line of the estimate, or is revised twice."];
            }
        }

        var lines = new List<AuditLine>();
        for (var i = 0; i < original.Count; i++)
        {
            var line = original[i];
            if (!byIndex.TryGetValue(i, out var r))
            {
                lines.Add(AuditLine.CopyOf(i, line));
                continue;
            }

            var quantity = r.Quantity ?? line.Quantity;
            var price = r.UnitPrice ?? line.UnitPrice;
            var hours = r.Hours ?? line.Hours;
            if (!r.Removed && (quantity is < 1 or > 100 || price < 0 || price > ReferenceDataLimits.MaxPrice || !Money.HasAtMostTwoDecimals(price)
                || (line.Kind == EstimateLineKind.Labour && hours <= 0) || hours > ReferenceDataLimits.MaxHours || hours != Math.Round(hours, 2)))
            {
                errors[$"lines[{i}]"] = [$"Quantity is from 1 to 100, a price is an amount from 0 to {ReferenceDataLimits.MaxPrice:0} with 2 decimals, "
                    + $"labour hours are above 0 and at most {ReferenceDataLimits.MaxHours:0} with 2 decimals."];
                continue;
            }

            var audited = r.Removed ? null : line.Revise(quantity, price, hours);
            var copy = AuditLine.From(i, line, audited, r.Finding, r.Note);
            if (copy.Changed && r.Finding is null)
            {
                errors[$"lines[{i}].finding"] = [$"Line {i + 1} ({line.Description}) changed: give it a finding category."];
            }

            lines.Add(copy.Changed ? copy : AuditLine.From(i, line, line, null, r.Note));
        }

        if (auditedSalvage < 0 || auditedSalvage > ReferenceDataLimits.MaxPrice || !Money.HasAtMostTwoDecimals(auditedSalvage))
        {
            errors["salvage"] = [$"Salvage is an amount from 0 to {ReferenceDataLimits.MaxPrice:0} with at most 2 decimals."];
        }
        else if (auditedSalvage != originalSalvage && salvageFinding is null)
        {
            errors["salvageFinding"] = ["The salvage changed: give it a finding category (usually MissingSalvage)."];
        }

        return new ReEstimateResult(lines, errors);
    }
}
