using Claims.Domain.Renewals;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Renewals;
using Claims.Web.Infrastructure.Seeding.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Claims.Tests.Browser;

/// <summary>The policyholder's side: the link from the renewal notice, no login, one click.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RenewalPageTests(BrowserFixture browser) : BrowserTest, IDisposable
{
    // The test runs the sweep itself; the scheduler would race it to the same reminders.
    private readonly LiveAppHost _app = new(settings: new Dictionary<string, string?> { ["Scheduling:Enabled"] = "false" });

    [Fact]
    public async Task RenewalLink_FromNoticeMail_AcceptShowsConfirmationAndSecondVisitSaysUsed()
    {
        await _app.Services.GetRequiredService<RenewalSweep>().RunAsync(DateOnly.FromDateTime(DateTime.UtcNow), default);
        var mailbox = new PickupMailbox(_app.MailFolder);
        await Eventually.WaitAsync(
            () => _app.WithDbAsync(db => db.Set<RenewalReminder>().CountAsync(r => r.NoticeSentAt == null)), n => n == 0, TimeSpan.FromSeconds(60), "notices sent");
        var demoAgentPolicies = await _app.WithDbAsync(db => db.Policies.Where(p => db.Agents.Any(a => a.Id == p.AgentId && a.Code == DemoPolicies.DemoAgentCode))
            .Select(p => p.Number).ToListAsync());
        var mail = (await mailbox.ReadAllAsync()).First(m => demoAgentPolicies.Any(n => m.Subject.Contains(n, StringComparison.Ordinal)));
        var path = new Uri(mail.RenewalLink!).PathAndQuery;

        var page = await (await browser.Browser.NewContextAsync()).NewPageAsync();
        await page.GotoAsync(_app.BaseUrl + path);
        await Assertions.Expect(page.Locator("#renewal-premium")).ToContainTextAsync("CNY");
        await Assertions.Expect(page.Locator("#last-premium")).ToContainTextAsync("CNY");
        await page.ClickAsync("#accept");

        await Assertions.Expect(page.Locator("#renewal-confirmed")).ToContainTextAsync("renewed");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ArtifactPath("renewal-confirmed.png"), FullPage = true });
        Assert.StartsWith("PF", await page.InnerTextAsync("#renewed-number"), StringComparison.Ordinal);
        await page.GotoAsync(_app.BaseUrl + path);
        await Assertions.Expect(page.Locator("#link-message")).ToContainTextAsync("has already been used");
    }

    public void Dispose() => _app.Dispose();
}
