using Claims.Domain.Reinspection;
using Claims.Domain.Shops;

namespace Claims.Web.Features.Shops;

/// <summary>A network shop as the API shows it; the leakage (re-inspection scorecard) is filled in for a single shop.</summary>
public sealed record ShopView(
    Guid Id, string Name, string RegionCode, string ShopClass, string ContactName, string Phone, string? Email, string? Address, bool Active,
    ShopLeakage? Leakage = null)
{
    public static ShopView Of(RepairShop s, ShopLeakage? leakage = null) =>
        new(s.Id, s.Name, s.RegionCode, s.Class.ToString(), s.ContactName, s.Phone, s.Email, s.Address, s.Active, leakage);
}

/// <summary>The shop's closed re-inspection audits: what was paid, the leakage and its share, the score, and the scorecard page.</summary>
public sealed record ShopLeakage(int Audits, decimal Paid, decimal Leakage, decimal LeakageShare, decimal? Score, string Scorecard)
{
    public static ShopLeakage Of(string shopName, Scorecard card) =>
        new(card.Audits, card.Paid, card.Leakage, card.LeakageShare, card.Score, $"/Scorecards/Shops/{Uri.EscapeDataString(shopName)}");
}
