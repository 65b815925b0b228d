using Claims.Tests.Fixtures;
using Claims.Web.Features.PolicyUnderwriting.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Claims.Tests.Messaging;

public sealed class WelcomeNoticeTests : IAsyncDisposable
{
    private readonly string _mailbox = Directory.CreateTempSubdirectory("claims-mailbox-").FullName;
    private readonly ClaimsAppFactory _app = ClaimsAppFactory.WithSqlite();

    public WelcomeNoticeTests() => _app.Settings["Mail:PickupFolder"] = _mailbox;

    [Fact]
    public async Task PolicyIssued_WithEmail_SendsOneWelcomeNoticeWithTheFacts()
    {
        var issued = new PolicyIssued(Guid.NewGuid(), "P-SH-000042", Guid.NewGuid(), "Li Wei", "li.wei@example.com", "13800000000", 4155.46m,
            new DateOnly(2026, 12, 1), new DateOnly(2027, 11, 30), "agent", DateTime.UtcNow);
        var noEmail = issued with { Number = "P-SH-000043", Email = null };

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
            db.AddOutboxMessage(issued, DateTime.UtcNow);
            db.AddOutboxMessage(noEmail, DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        var files = await Eventually.WaitAsync(() => Task.FromResult(Directory.GetFiles(_mailbox, "*.eml")), f => f.Length > 0, what: "the welcome mail");
        await Task.Delay(500);
        var message = await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(_mailbox, "*.eml")));
        Assert.Equal("Welcome: your motor policy P-SH-000042", message.Subject);
        Assert.Equal("li.wei@example.com", message.To.Mailboxes.Single().Address);
        Assert.Contains("Premium: CNY 4,155.46", message.TextBody);
        Assert.Contains("2026-12-01 to 2027-11-30", message.HtmlBody);
        Assert.NotEmpty(files);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_mailbox, recursive: true);
    }
}
