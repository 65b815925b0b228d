using Claims.Domain.Renewals;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Renewals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Claims.Tests.Web;

/// <summary>Renewal notices as production sends them: MailKit over SMTP to a real server on loopback.</summary>
public sealed class RenewalSmtpTests
{
    [Fact]
    public async Task NoticeConsumer_DemoBookOverSmtp_EveryNoticeArrivesAndABatchSharesAConnection()
    {
        await using var smtp = await SmtpListener.StartAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
        await using var app = ClaimsAppFactory.DemoBookAt(time);
        app.Settings["Mail:Delivery"] = "Smtp";
        app.Settings["Mail:SmtpHost"] = "127.0.0.1";
        app.Settings["Mail:SmtpPort"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        app.Settings["Mail:PublicBaseUrl"] = "http://renew.test";

        await app.Services.GetRequiredService<RenewalSweep>().RunAsync(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), default);
        await Eventually.WaitAsync(
            () => app.WithDbAsync(db => db.Set<RenewalReminder>().CountAsync(r => r.NoticeSentAt == null)), n => n == 0, TimeSpan.FromSeconds(60), "every reminder handled");

        var expected = await app.MailedOffersAsync();
        var mails = smtp.Messages;
        Assert.True(expected.Count > 1, $"the demo book offers {expected.Count} renewals by mail");
        Assert.Equal(expected.Count, mails.Count);
        Assert.All(expected, e => Assert.Single(mails, m => (m.Subject ?? "").Contains(e.PolicyNumber, StringComparison.Ordinal) && m.To.Mailboxes.Single().Address == e.Email));
        Assert.All(mails, m => Assert.Contains("http://renew.test/renew/", m.TextBody, StringComparison.Ordinal));
        Assert.All(mails, m => Assert.False(string.IsNullOrWhiteSpace(m.HtmlBody)));
        // One connection per batch of notices, not one per mail.
        Assert.InRange(smtp.Connections, 1, mails.Count - 1);
    }
}
