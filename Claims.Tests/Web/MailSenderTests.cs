using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Mail;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Hosting.Internal;
using MimeKit;

namespace Claims.Tests.Web;

/// <summary>
/// A prepared mail is formatted but not sent: the pickup folder sees it only when it is delivered. Over SMTP (a real
/// server on loopback) one sender's mails share a connection.
/// </summary>
public sealed class MailSenderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claims-mail-").FullName;

    [Fact]
    public async Task PickupMail_PreparedThenDelivered_WrittenOnlyOnDelivery()
    {
        var sender = new MailSender(new MailOptions { PickupFolder = _folder }, new HostingEnvironment { ContentRootPath = _folder });

        var prepared = sender.Prepare(new OutgoingMail("li.wei@example.com", "Li Wei", "续保通知 PD00000001", "<p>续保保费：<b>CNY 3,890.00</b></p>", "续保保费：CNY 3,890.00"));
        var before = Directory.GetFiles(_folder);
        var path = await sender.DeliverAsync(prepared, default);

        Assert.Empty(before);
        Assert.Equal([path], Directory.GetFiles(_folder));
        var message = await MimeMessage.LoadAsync(path);
        Assert.Equal("续保通知 PD00000001", message.Subject);
        Assert.Equal("续保保费：CNY 3,890.00", message.TextBody?.Trim());
        Assert.Contains("<b>CNY 3,890.00</b>", message.HtmlBody);
        Assert.Equal("li.wei@example.com", message.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task SmtpMail_ThreeFromOneSender_ArriveWithBothPartsOverOneConnection()
    {
        await using var smtp = await SmtpListener.StartAsync();

        await using (var sender = SmtpSender(smtp.Port))
        {
            foreach (var i in new[] { 1, 2, 3 })
            {
                await sender.SendAsync(Notice($"holder{i}@example.com", $"Renewal notice PD0000000{i}"), default);
            }
        }

        Assert.Equal(["Renewal notice PD00000001", "Renewal notice PD00000002", "Renewal notice PD00000003"], smtp.Messages.Select(m => m.Subject));
        Assert.Equal(["holder1@example.com", "holder2@example.com", "holder3@example.com"], smtp.Messages.Select(m => m.To.Mailboxes.Single().Address));
        Assert.All(smtp.Messages, m => Assert.Equal("Renewal premium: CNY 3,890.00", m.TextBody?.Trim()));
        Assert.All(smtp.Messages, m => Assert.Contains("<b>CNY 3,890.00</b>", m.HtmlBody));
        Assert.Equal(1, smtp.Connections);
    }

    [Fact]
    public async Task SmtpMail_RecipientRefused_ThrowsAndTheNextMailArrivesOnANewConnection()
    {
        await using var smtp = await SmtpListener.StartAsync();
        await using var sender = SmtpSender(smtp.Port);

        await sender.SendAsync(Notice("holder1@example.com", "First"), default);
        var refused = await Assert.ThrowsAsync<SmtpCommandException>(() => sender.SendAsync(Notice("refuse@example.com", "Refused"), default));
        await sender.SendAsync(Notice("holder2@example.com", "Second"), default);

        Assert.Equal(SmtpErrorCode.RecipientNotAccepted, refused.ErrorCode);
        Assert.Equal(["First", "Second"], smtp.Messages.Select(m => m.Subject));
        Assert.Equal(2, smtp.Connections);
    }

    private MailSender SmtpSender(int port) =>
        new(new MailOptions { Delivery = MailDelivery.Smtp, SmtpHost = "127.0.0.1", SmtpPort = port }, new HostingEnvironment { ContentRootPath = _folder });

    private static OutgoingMail Notice(string to, string subject) =>
        new(to, "Li Wei", subject, "<p>Renewal premium: <b>CNY 3,890.00</b></p>", "Renewal premium: CNY 3,890.00");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
