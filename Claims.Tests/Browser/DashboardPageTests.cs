using Claims.Domain.Surveys;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Microsoft.Playwright;
using static Claims.Tests.Builders.ReinspectionScenarios;

namespace Claims.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class DashboardPageTests(BrowserFixture browser) : BrowserTest, IDisposable
{
    private readonly LiveAppHost _app = new();

    [Fact]
    public async Task Dashboard_ClaimPaidAndSurveyAnsweredInTheBrowser_ChartsDrawBars()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var claim = await CloseFourSClaimAsync(_app, adjuster, 4, "Dashboard Motors 4S");
        var surveyPath = await SurveyScenarios.ClaimSurveyPathAsync(_app, claim.ClaimId);
        var customer = await browser.Browser.NewPageAsync();
        await customer.GotoAsync(_app.BaseUrl + surveyPath);
        foreach (var question in Enum.GetValues<SurveyQuestion>())
        {
            await customer.CheckAsync($"input[name='Answers[{question}]'][value='4']");
        }

        await customer.ClickAsync("#submit");
        await customer.WaitForSelectorAsync("#survey-message");
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(_app.BaseUrl + "/Account/Login");
        await page.FillAsync("input[name=UserName]", "manager");
        await page.FillAsync("input[name=Password]", ApiClients.DemoPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("h1:has-text('My work')");

        await page.ClickAsync("nav a#nav-dashboard");
        await page.WaitForSelectorAsync("#cycle-time-chart");
        var agentBars = await page.Locator("#loss-ratio-chart rect.bar").CountAsync();
        var cycleValues = await page.Locator("#cycle-time-chart rect.bar").EvaluateAllAsync<string[]>("bars => bars.map(b => b.getAttribute('data-value'))");
        var drawnCycleBars = await page.Locator("#cycle-time-chart rect.bar:not([height='0'])").CountAsync();
        var points = await page.Locator("#satisfaction-chart circle.point").CountAsync();
        var overall = await page.TextContentAsync("#satisfaction-overall");
        var scorecard = await page.Locator("#agents-table thead th").AllTextContentsAsync();
        var newSections = await page.Locator("#leakage-shops h2, #renewals-tiers h2").CountAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ArtifactPath("dashboard.png"), FullPage = true });

        Assert.True(agentBars > 0);
        Assert.Equal(6, cycleValues.Length);
        Assert.True(cycleValues.Sum(v => decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture)) >= 1);
        Assert.True(drawnCycleBars >= 1);
        Assert.Equal(1, points);
        Assert.Equal("75", overall);
        Assert.Contains("Renewal rate", scorecard);
        Assert.Contains("Contradicted", scorecard);
        Assert.Equal(2, newSections);
    }

    public void Dispose() => _app.Dispose();
}
