using Claims.Tests.Fixtures;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Claims.Tests.Browser;

/// <summary>A freshly seeded demo book (required evidence enforced, as shipped) seen in the browser: every demo user finds work, the dashboard draws every chart.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DemoBookBrowserTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest, IDisposable
{
    /// <summary>The users whose "My work" holds tasks on the first visit (the manager and the admin read the dashboard).</summary>
    private static readonly string[] Workers =
    [
        "agent", "underwriter", "senior.underwriter", "headoffice.underwriter", "adjuster", "senior.adjuster", "price.checker", "reinspector",
        "adjuster.bj", "adjuster.gd", "reinspector.bj",
    ];

    private static readonly string[] BarCharts =
        ["loss-ratio-chart", "cycle-time-chart", "leakage-chart", "leakage-shop-chart", "renewal-chart", "renewal-tier-chart", "satisfaction-subjects-chart"];

    private readonly LiveAppHost _app = new(settings: new Dictionary<string, string?>
    {
        ["Demo:Book"] = "true", ["Scheduling:Enabled"] = "false", ["Evidence:EnforceRequired"] = "true",
    });

    [Fact]
    public async Task DemoBook_EachDemoUserFirstVisit_FindsWorkAndTheDashboardDrawsEveryChart()
    {
        var found = new Dictionary<string, int>();
        foreach (var user in Workers)
        {
            await using var context = await browser.Browser.NewContextAsync();
            var page = await context.NewPageAsync();
            await _app.SignInAsync(page, user);
            found[user] = await page.Locator("#my-work tbody tr").CountAsync();
        }

        await using (var context = await browser.Browser.NewContextAsync())
        {
            // The admin's work is the faulted renewal: its incident, with a retry button, on "My work".
            var page = await context.NewPageAsync();
            await _app.SignInAsync(page, "admin");
            found["admin (incidents)"] = await page.Locator("#incidents tbody tr button:has-text('Retry')").CountAsync();
        }

        var charts = new Dictionary<string, (int Bars, int Positive)>();
        foreach (var user in (string[])["manager", "admin"])
        {
            await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            var page = await context.NewPageAsync();
            await _app.SignInAsync(page, user);
            await page.ClickAsync("nav a#nav-dashboard");
            await page.WaitForSelectorAsync("#cycle-time-chart");
            foreach (var chart in BarCharts)
            {
                var values = await page.Locator($"#{chart} rect.bar").EvaluateAllAsync<string[]>("bars => bars.map(b => b.getAttribute('data-value'))");
                charts[$"{user} {chart}"] = (values.Length, values.Count(v => decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture) > 0));
            }

            charts[$"{user} satisfaction-chart"] = (await page.Locator("#satisfaction-chart circle.point").CountAsync(), 1);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ArtifactPath($"demo-book-dashboard-{user}.png"), FullPage = true });
        }

        output.WriteLine(string.Join(Environment.NewLine, found.Select(f => $"{f.Key}: {f.Value} open tasks")));
        output.WriteLine(string.Join(Environment.NewLine, charts.Select(c => $"{c.Key}: {c.Value.Bars} bars, {c.Value.Positive} above zero")));
        Assert.DoesNotContain(found, f => f.Value == 0);
        Assert.DoesNotContain(charts, c => c.Value.Bars == 0 || c.Value.Positive == 0);
    }

    public void Dispose() => _app.Dispose();
}
