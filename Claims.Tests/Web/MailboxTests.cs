using System.Net;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Mail;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Claims.Tests.Web;

public sealed class MailboxTests : IDisposable
{
    private readonly LiveAppHost _app = new(kestrel: false);

    [Fact]
    public async Task PickupMail_SentInDevelopment_HasBothPartsAndIsListedAtDevMailbox()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<MailSender>();
        var subject = $"Renewal test {Guid.NewGuid():N}";

        var path = await sender.SendAsync(new OutgoingMail("li.wei@example.com", "Li Wei", subject, "<p>Renewal premium: <b>CNY 3,890.00</b></p>", "Renewal premium: CNY 3,890.00"), default);
        var staff = await ApiClients.ForAsync(_app, "manager");
        var list = await staff.GetStringAsync("/dev/mailbox");
        var one = await staff.GetStringAsync($"/dev/mailbox/{Path.GetFileName(path)}");
        var anonymous = await _app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/dev/mailbox");

        var message = await MimeMessage.LoadAsync(path);
        Assert.Equal("Renewal premium: CNY 3,890.00", message.TextBody?.Trim());
        Assert.Contains("<b>CNY 3,890.00</b>", message.HtmlBody);
        Assert.Contains(subject, list);
        Assert.Contains("Renewal premium: CNY 3,890.00", one);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        File.Delete(path);
    }

    public void Dispose() => _app.Dispose();
}
