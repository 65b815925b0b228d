using Claims.Domain.Common;

namespace Claims.Domain.Estimates;

/// <summary>
/// The totals in settlement order, each rounded once: gross (parts + labour + paint), net (− salvage),
/// the insurer's share (× liability), payable (− excess, never below zero).
/// </summary>
public sealed record EstimateTotals(
    Money Parts, Money Labour, int PaintedPanels, Money PaintBeforeDiscount, decimal PaintFactor, Money Paint,
    Money Gross, Money Salvage, Money Net, decimal ShareRate, Money Share, Money Excess, Money Payable)
{
    /// <summary>For EF Core: a complex type (Money) cannot be bound to a constructor parameter, so it sets the properties.</summary>
    private EstimateTotals()
        : this(Money.Zero, Money.Zero, 0, Money.Zero, 1, Money.Zero, Money.Zero, Money.Zero, Money.Zero, 0, Money.Zero, Money.Zero, Money.Zero)
    {
    }

    public static readonly EstimateTotals None = new(
        Money.Zero, Money.Zero, 0, Money.Zero, 1, Money.Zero, Money.Zero, Money.Zero, Money.Zero, 0, Money.Zero, Money.Zero, Money.Zero);
}
