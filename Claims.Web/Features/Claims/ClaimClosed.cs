namespace Claims.Web.Features.Claims;

/// <summary>A claim was paid and closed: re-inspection sampling picks from these (amount, deviations, 4S repairs, adjuster).</summary>
public sealed record ClaimClosed(
    Guid ClaimId, string Number, string RegionCode, string? Adjuster, string ShopClass, decimal PaidAmount, decimal Gross,
    int PriceDeviations, int ReplaceFlags, DateTime ClosedAt);
