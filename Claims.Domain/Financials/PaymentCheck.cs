using Claims.Domain.Common;

namespace Claims.Domain.Financials;

/// <summary>
/// A payment is refused when it would take the claim's payments above the approved settlement (which already deducts the
/// excess, once): more needs a new approval. Null when the payment fits.
/// </summary>
public static class PaymentCheck
{
    public static string? Check(Money approvedSettlement, Money alreadyPaid, Money amount)
    {
        if (amount <= Money.Zero)
        {
            return "A payment is an amount above 0.";
        }

        var left = approvedSettlement - alreadyPaid;
        return amount > left
            ? $"This payment of {amount:N2} would take the claim above its approved settlement of {approvedSettlement:N2} ({left:N2} left to pay); a larger settlement needs a new approval: reopen the estimate with a supplement (the Pay and close task's Supplement outcome)."
            : null;
    }
}
