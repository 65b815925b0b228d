using System.Globalization;
using System.Net;

namespace Claims.Domain.Renewals;

/// <summary>What the policyholder is told: both premiums side by side, the covers, auto-renewal, and the link.</summary>
public sealed record RenewalNoticeFacts(
    string PolicyholderName,
    string PolicyNumber,
    string Vehicle,
    DateOnly Expiry,
    decimal LastYearPremium,
    decimal RenewalPremium,
    IReadOnlyList<string> Covers,
    bool RenewsAutomatically,
    int RenewalNumber,
    string Link,
    string Language);

public sealed record RenderedNotice(string Subject, string Html, string Text);

/// <summary>Renders the renewal notice in English or Simplified Chinese; from the 4th renewal on it invites shopping around (FCA ICOBS 6.5).</summary>
public static class RenewalNotice
{
    public const int ShopAroundFromRenewal = 4;

    public static RenderedNotice Render(RenewalNoticeFacts f)
    {
        var t = f.Language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Texts.Chinese : Texts.English;
        var money = (decimal m) => m.ToString("#,##0.00", CultureInfo.InvariantCulture);
        var lines = new List<string>
        {
            string.Format(CultureInfo.InvariantCulture, t.Greeting, f.PolicyholderName),
            string.Format(CultureInfo.InvariantCulture, t.Intro, f.PolicyNumber, f.Vehicle, f.Expiry.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            $"{t.RenewalPremium}: CNY {money(f.RenewalPremium)}",
            $"{t.LastYearPremium}: CNY {money(f.LastYearPremium)}",
            $"{t.Covers}: {string.Join(", ", f.Covers)}",
            t.CheckCover,
            f.RenewsAutomatically ? t.AutoRenews : t.NotAutoRenews,
        };
        if (f.RenewalNumber >= ShopAroundFromRenewal)
        {
            lines.Add(t.ShopAround);
        }

        lines.Add($"{t.Renew}: {f.Link}");
        var subject = string.Format(CultureInfo.InvariantCulture, t.Subject, f.PolicyNumber);
        var html = "<!DOCTYPE html><html><body style=\"font-family:sans-serif\">"
            + string.Concat(lines.Take(lines.Count - 1).Select(l => $"<p>{WebUtility.HtmlEncode(l)}</p>"))
            + $"<p><a href=\"{WebUtility.HtmlEncode(f.Link)}\">{WebUtility.HtmlEncode(t.Renew)}</a></p></body></html>";
        return new RenderedNotice(subject, html, string.Join("\n\n", lines) + "\n");
    }

    private sealed record Texts(
        string Subject, string Greeting, string Intro, string RenewalPremium, string LastYearPremium, string Covers,
        string CheckCover, string AutoRenews, string NotAutoRenews, string ShopAround, string Renew)
    {
        public static readonly Texts English = new(
            "Your motor policy {0} is due for renewal",
            "Dear {0},",
            "Your policy {0} for {1} expires on {2}.",
            "Renewal premium",
            "Last year's premium",
            "Your cover",
            "Please check that the cover still suits you and that the details we hold are correct.",
            "Your policy renews automatically unless you tell us otherwise.",
            "Your policy does not renew automatically: please accept the offer to stay covered.",
            "You have renewed with us several times. Prices can change from year to year, so it may be worth shopping around to make sure you still get the cover you need at a fair price.",
            "Review and renew");

        public static readonly Texts Chinese = new(
            "您的机动车保险 {0} 即将到期续保",
            "尊敬的{0}：",
            "您为{1}投保的保单 {0} 将于 {2} 到期。",
            "续保保费",
            "去年保费",
            "保障内容",
            "请确认保障内容仍然符合您的需要，并核对我们登记的信息是否准确。",
            "如您未另行通知，保单将自动续保。",
            "本保单不会自动续保，请确认续保方案以保持保障。",
            "您已在我司连续多次续保。保费每年可能变化，建议您多方比较，确保以合理价格获得所需保障。",
            "查看并续保");
    }
}
