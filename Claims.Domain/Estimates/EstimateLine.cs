using Claims.Domain.Common;

namespace Claims.Domain.Estimates;

public enum EstimateLineKind { Part, Labour, Paint }

/// <summary>
/// One line of an estimate. <see cref="Reference"/> is what the line is checked against: the catalogue unit price
/// (part), the standard hours (labour) or the standard panel price (paint); null when there is none.
/// </summary>
public sealed class EstimateLine
{
    private EstimateLine() { }

    public EstimateLineKind Kind { get; private set; }
    public string Position { get; private set; } = "";
    public string Description { get; private set; } = "";
    public string? PartNumber { get; private set; }
    public PriceChannel? Channel { get; private set; }
    public int Quantity { get; private set; }
    /// <summary>Part unit price, labour hourly rate or paint panel price.</summary>
    public decimal UnitPrice { get; private set; }
    public WorkType? WorkType { get; private set; }
    public decimal Hours { get; private set; }
    public decimal? Reference { get; private set; }
    /// <summary>For repair labour: the catalogue price of the part, for the repair-or-replace rule.</summary>
    public decimal? ReplacementPrice { get; private set; }
    /// <summary>Rounded once: unit price × quantity, hours × rate, or the undiscounted panel price.</summary>
    public Money Amount { get; private set; }

    public static EstimateLine Part(string partNumber, string name, string position, PriceChannel channel, int quantity, decimal unitPrice, decimal? cataloguePrice)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partNumber);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(unitPrice);
        return new EstimateLine
        {
            Kind = EstimateLineKind.Part, PartNumber = partNumber.Trim(), Description = name.Trim(), Position = Code(position),
            Channel = channel, Quantity = quantity, UnitPrice = Money.Of(unitPrice).Amount, Reference = cataloguePrice,
            Amount = Money.Of(unitPrice).Times(quantity),
        };
    }

    public static EstimateLine Labour(string position, WorkType workType, decimal hours, decimal hourlyRate, decimal? standardHours, decimal? replacementPrice = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hours);
        ArgumentOutOfRangeException.ThrowIfNegative(hourlyRate);
        return new EstimateLine
        {
            Kind = EstimateLineKind.Labour, Position = Code(position), Description = $"{workType} {Code(position)}", WorkType = workType,
            Quantity = 1, Hours = hours, UnitPrice = hourlyRate, Reference = standardHours,
            ReplacementPrice = workType == Estimates.WorkType.Repair ? replacementPrice : null,
            Amount = Money.Of(hours * hourlyRate),
        };
    }

    public static EstimateLine Paint(string position, decimal panelPrice, decimal? standardPanelPrice)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(panelPrice);
        return new EstimateLine
        {
            Kind = EstimateLineKind.Paint, Position = Code(position), Description = $"Paint {Code(position)}", Quantity = 1,
            UnitPrice = Money.Of(panelPrice).Amount, Reference = standardPanelPrice, Amount = Money.Of(panelPrice),
        };
    }

    /// <summary>A copy with the re-inspector's quantity, unit price or hours; reference data stays as it was.</summary>
    public EstimateLine Revise(int quantity, decimal unitPrice, decimal hours) => Kind switch
    {
        EstimateLineKind.Part => Part(PartNumber!, Description, Position, Channel ?? PriceChannel.FourS, quantity, unitPrice, Reference),
        EstimateLineKind.Labour => Labour(Position, WorkType!.Value, hours, unitPrice, Reference, ReplacementPrice),
        _ => Paint(Position, unitPrice, Reference),
    };

    /// <summary>The figure compared with <see cref="Reference"/>: unit price, hours or panel price.</summary>
    public decimal CheckedValue => Kind == EstimateLineKind.Labour ? Hours : UnitPrice;

    private static string Code(string position)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(position);
        return position.Trim().ToUpperInvariant();
    }
}
