namespace Claims.Domain.Estimates;

/// <summary>
/// The totals in settlement order, each rounded once: gross (parts + labour + paint), net (− salvage),
/// the insurer's share (× liability), payable (− excess, never below zero).
/// </summary>
public sealed record EstimateTotals(
    decimal Parts, decimal Labour, int PaintedPanels, decimal PaintBeforeDiscount, decimal PaintFactor, decimal Paint,
    decimal Gross, decimal Salvage, decimal Net, decimal ShareRate, decimal Share, decimal Excess, decimal Payable)
{
    public static readonly EstimateTotals None = new(0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0);
}
