using System.Text.RegularExpressions;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Microsoft.Playwright;

namespace Claims.Tests.Browser;

/// <summary>Agent → underwriter → issued policy, through the pages only.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PolicyJourneyTests(BrowserFixture browser) : BrowserTest, IDisposable
{
    private readonly LiveAppHost _app = new();

    [Fact]
    public async Task Proposal_AgentDisclosesUnderwriterAccepts_PolicyPageShowsSerial()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var agent = await SignedInAsync("agent");
        await agent.ClickAsync("#nav-new-proposal");
        await agent.WaitForSelectorAsync("h1:has-text('New proposal')");
        await agent.ClickAsync("#submit-proposal");
        await Assertions.Expect(agent.Locator("#errors")).ToContainTextAsync("proposer.name");
        await agent.FillAsync("input[name='Form.Name']", "Tang Yue");
        await agent.FillAsync("input[name='Form.IdNumber']", "310101200201011234");
        await agent.FillAsync("input[name='Form.BirthDate']", today.AddYears(-24).AddDays(-20).ToString("yyyy-MM-dd"));
        await agent.FillAsync("input[name='Form.LicenceDate']", today.AddYears(-5).ToString("yyyy-MM-dd"));
        await agent.FillAsync("input[name='Form.Phone']", "137 1234 5678");
        await agent.CheckAsync("input[name='Form.Consents']");
        await agent.FillAsync("input[name='Form.Vin']", "LSVBR0000P1234567");
        await agent.FillAsync("input[name='Form.Plate']", "沪C88888");
        await agent.SelectOptionAsync("select[name='Form.ModelCode']", "VW-LAVIDA");
        await agent.FillAsync("input[name='Form.FirstRegistration']", today.AddYears(-2).ToString("yyyy-MM-dd"));
        await agent.FillAsync("input[name='Form.SumInsured']", "120000");

        await Assertions.Expect(agent.Locator("#quote-premium")).ToHaveTextAsync(Money(), new() { Timeout = 15_000 });
        await Assertions.Expect(agent.Locator("#quote-lines tbody tr")).ToHaveCountAsync(8);
        await Assertions.Expect(agent.Locator("#quote-issues")).ToContainTextAsync("YoungDriver");
        var quoted = await agent.InnerTextAsync("#quote-premium");
        await agent.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ArtifactPath("proposal-quote.png"), FullPage = true });
        await agent.ClickAsync("#submit-proposal");
        await agent.WaitForSelectorAsync("h1:has-text('Proposal PR')");
        var number = (await agent.InnerTextAsync("h1")).Replace("Proposal ", "");
        var proposalUrl = agent.Url;

        await agent.ClickAsync("#current-task a");
        await agent.WaitForSelectorAsync("#disclosure-form");
        await agent.CheckAsync("input[name='Answers[priorClaims]'][value=No]");
        await agent.ClickAsync("#submit-disclosure");
        await Assertions.Expect(agent.Locator("#errors")).ToContainTextAsync("attest");
        foreach (var item in new[] { "priorClaims", "modifications", "commercialUse", "otherDrivers", "previousRefusals" })
        {
            await agent.CheckAsync($"input[name='Answers[{item}]'][value=No]");
        }

        await agent.CheckAsync("#attested");
        await agent.ClickAsync("#submit-disclosure");
        await agent.WaitForSelectorAsync("#proposal-status");

        var underwriter = await SignedInAsync("underwriter");
        await underwriter.ClickAsync("#nav-underwriting");
        var row = underwriter.Locator($"#uw-queue a:has-text('{number}')");
        await Eventually.WaitAsync(async () =>
        {
            await underwriter.ReloadAsync();
            return await row.CountAsync();
        }, n => n == 1, what: "the review in the underwriter's queue");
        await row.ClickAsync();
        await Assertions.Expect(underwriter.Locator("#issues")).ToContainTextAsync("YoungDriver");
        await Assertions.Expect(underwriter.Locator("#final-premium")).ToHaveTextAsync(quoted);
        await underwriter.SelectOptionAsync("#decision", "Accept");
        await underwriter.FillAsync("#reason", "Licensed five years, clean record.");
        await underwriter.ClickAsync("#submit-decision");
        await underwriter.WaitForSelectorAsync("h1:has-text('Underwriting queue')");

        await Eventually.WaitAsync(async () =>
        {
            await agent.GotoAsync(proposalUrl);
            return await agent.Locator("#policy-link").CountAsync();
        }, n => n == 1, what: "the issued policy");
        await agent.ClickAsync("#policy-link");
        await agent.WaitForSelectorAsync("h1:has-text('Policy PF')");
        await agent.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ArtifactPath("policy-issued.png"), FullPage = true });
        var serial = long.Parse(await agent.InnerTextAsync("#form-serial"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(serial, 1, 10_000); // the demo agent's policy-form range
        Assert.Equal(quoted, await agent.InnerTextAsync("#policy-premium"));
    }

    private async Task<IPage> SignedInAsync(string userName)
    {
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(_app.BaseUrl + "/Account/Login");
        await page.FillAsync("input[name=UserName]", userName);
        await page.FillAsync("input[name=Password]", ApiClients.DemoPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("h1:has-text('My work')");
        return page;
    }

    [GeneratedRegex(@"^[\d,]+\.\d{2}$")]
    private static partial Regex Money();

    public void Dispose() => _app.Dispose();
}
