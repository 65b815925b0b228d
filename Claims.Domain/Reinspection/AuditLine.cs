using Claims.Domain.Estimates;

namespace Claims.Domain.Reinspection;

/// <summary>What the re-inspector says about one original line: the same figures (unchanged), new ones, or removed.</summary>
public sealed record LineRevision(int Index, int? Quantity, decimal? UnitPrice, decimal? Hours, bool Removed, FindingCategory? Finding, string? Note);

/// <summary>One line of the audited estimate beside the original it revises.</summary>
public sealed class AuditLine
{
    public const int MaxNote = 500;

    private AuditLine() { }

    public int Index { get; private set; }
    public EstimateLineKind Kind { get; private set; }
    public string Position { get; private set; } = "";
    public string Description { get; private set; } = "";
    public int OriginalQuantity { get; private set; }
    public decimal OriginalUnitPrice { get; private set; }
    public decimal OriginalHours { get; private set; }
    public decimal OriginalAmount { get; private set; }
    public int AuditedQuantity { get; private set; }
    public decimal AuditedUnitPrice { get; private set; }
    public decimal AuditedHours { get; private set; }
    public decimal AuditedAmount { get; private set; }
    public bool Removed { get; private set; }
    public FindingCategory? Finding { get; private set; }
    public string? Note { get; private set; }

    public decimal Variance => OriginalAmount - AuditedAmount;

    public bool Changed => Removed || AuditedQuantity != OriginalQuantity || AuditedUnitPrice != OriginalUnitPrice || AuditedHours != OriginalHours;

    /// <summary>The unchanged copy the re-inspector starts from.</summary>
    public static AuditLine CopyOf(int index, EstimateLine line) => From(index, line, line, null, null);

    public static AuditLine From(int index, EstimateLine original, EstimateLine? audited, FindingCategory? finding, string? note) => new()
    {
        Index = index, Kind = original.Kind, Position = original.Position, Description = original.Description,
        OriginalQuantity = original.Quantity, OriginalUnitPrice = original.UnitPrice, OriginalHours = original.Hours, OriginalAmount = original.Amount.Amount,
        AuditedQuantity = audited?.Quantity ?? 0, AuditedUnitPrice = audited?.UnitPrice ?? 0, AuditedHours = audited?.Hours ?? 0,
        AuditedAmount = audited?.Amount.Amount ?? 0, Removed = audited is null, Finding = finding, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
    };

    /// <summary>The audited line for the calculator, null when removed.</summary>
    public EstimateLine? Audited(EstimateLine original) => Removed ? null : original.Revise(AuditedQuantity, AuditedUnitPrice, AuditedHours);
}
