using Claims.Web.Infrastructure.Mail;
using Microsoft.Extensions.Hosting.Internal;
using MimeKit;

namespace Claims.Tests.Web;

/// <summary>A prepared mail is formatted but not sent: the pickup folder sees it only when it is delivered.</summary>
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

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
