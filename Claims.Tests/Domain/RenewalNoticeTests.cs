using System.Security.Cryptography;
using Claims.Domain.Renewals;

namespace Claims.Tests.Domain;

public sealed class RenewalNoticeTests
{
    private static RenewalNoticeFacts Facts(int renewalNumber = 1, string language = "en") => new(
        "Li Wei", "P-2026-000123", "BYD Han EV", new DateOnly(2027, 1, 15), 4210.5m, 3890m,
        ["Third-party liability", "Own damage"], RenewsAutomatically: true, renewalNumber, "https://claims.example/renew/abc", language);

    [Fact]
    public void Render_English_ShowsRenewalNextToLastYearsPremium()
    {
        var notice = RenewalNotice.Render(Facts());

        Assert.Contains("Renewal premium: CNY 3,890.00", notice.Text);
        Assert.Contains("Last year's premium: CNY 4,210.50", notice.Text);
        Assert.Contains("renews automatically", notice.Text);
        Assert.Contains("href=\"https://claims.example/renew/abc\"", notice.Html);
        Assert.Equal("Your motor policy P-2026-000123 is due for renewal", notice.Subject);
    }

    [Fact]
    public void Render_SimplifiedChinese_UsesChineseTemplate()
    {
        var notice = RenewalNotice.Render(Facts(language: "zh-CN"));

        Assert.Contains("续保保费: CNY 3,890.00", notice.Text);
        Assert.Contains("去年保费: CNY 4,210.50", notice.Text);
        Assert.Contains("自动续保", notice.Text);
        Assert.StartsWith("您的机动车保险", notice.Subject);
    }

    [Theory]
    [InlineData(3, "en", false)]
    [InlineData(4, "en", true)]
    [InlineData(7, "zh-CN", true)]
    public void Render_FromFourthRenewal_InvitesShoppingAround(int renewalNumber, string language, bool expected)
    {
        var text = RenewalNotice.Render(Facts(renewalNumber, language)).Text;

        Assert.Equal(expected, text.Contains("shopping around") || text.Contains("多方比较"));
    }

    [Fact]
    public void Token_Tampered_IsInvalid()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var offer = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        var token = RenewalToken.Create(offer, now.AddDays(30), key);

        Assert.Equal((TokenCheck.Valid, offer), RenewalToken.Verify(token, now, key));
        Assert.Equal(TokenCheck.Expired, RenewalToken.Verify(token, now.AddDays(31), key).Check);
        Assert.Equal(TokenCheck.Invalid, RenewalToken.Verify(token[..^2] + "xx", now, key).Check);
        Assert.Equal(TokenCheck.Invalid, RenewalToken.Verify(token, now, RandomNumberGenerator.GetBytes(32)).Check);
        Assert.Equal(TokenCheck.Invalid, RenewalToken.Verify("not-a-token", now, key).Check);
    }
}
