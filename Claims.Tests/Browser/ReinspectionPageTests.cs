using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Domain.Common;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Reinspections;
using Microsoft.Playwright;
using static Claims.Tests.Builders.ReinspectionScenarios;

namespace Claims.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ReinspectionPageTests(BrowserFixture browser) : BrowserTest, IDisposable
{
    private readonly LiveAppHost _app = new();

    [Fact]
    public async Task SideBySidePage_ReinspectorRevisesTwoLines_ChangedLinesAndLeakageShown()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var claim = await CloseFourSClaimAsync(_app, adjuster, 3, "Jing'an Motors 4S");
        var auditId = await AuditIdAsync(_app, claim.ClaimId);
        var reinspector = await ApiClients.ForAsync(_app, "reinspector");
        await TaskAsync(reinspector, auditId, ReinspectionTasks.ReEstimate);
        var page = await browser.Browser.NewPageAsync();
        await _app.SignInAsync(page, "reinspector");

        await page.ClickAsync("nav a#nav-reinspections");
        await page.ClickAsync($"#my-audits a:has-text('{claim.Number}')");
        await page.FillAsync("input[name='Lines[0].UnitPrice']", Money.Of(claim.PartPrice * 0.8m).ToString());
        await page.SelectOptionAsync("select[name='Lines[0].Finding']", "PriceAboveCatalogue");
        await page.FillAsync("input[name='Lines[1].Hours']", "3");
        await page.ClickAsync("#submit");
        await page.WaitForSelectorAsync("div.error");
        var refused = await page.TextContentAsync("div.error");
        await page.SelectOptionAsync("select[name='Lines[1].Finding']", "LabourAboveStandard");
        await page.ClickAsync("#submit");
        await page.WaitForSelectorAsync("h1:has-text('Re-inspection of claim')");
        await page.WaitForSelectorAsync("#side-by-side tr.changed");
        var changed = await page.Locator("#side-by-side tbody tr.changed").CountAsync();
        var leakage = await page.TextContentAsync("#leakage-amount");
        var payableRow = await page.GetAttributeAsync("#audit-totals tr:has(th:text-is('Payable'))", "class");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ArtifactPath("reinspection-side-by-side.png"), FullPage = true });

        // Part: 20% of its price; labour: 3 of 6 hours at the 4S rate.
        var expected = claim.PartPrice - Money.Of(claim.PartPrice * 0.8m).Amount + Money.Of(6m * claim.HourlyRate).Amount - Money.Of(3m * claim.HourlyRate).Amount;
        Assert.Contains("Line 2", refused);
        Assert.Equal(2, changed);
        Assert.Equal(expected.ToString("N2", CultureInfo.CurrentCulture), leakage);
        Assert.Equal("changed", payableRow);

        var feedback = await TaskAsync(adjuster, auditId, ReinspectionTasks.AuditFeedback);
        (await CompleteAsync(adjuster, feedback, "Accept")).EnsureSuccessStatusCode();
        await Eventually.WaitAsync(() => AuditAsync(reinspector, auditId), a => a.GetProperty("status").GetString() == "Closed", what: "the audit to close");
        await page.GotoAsync(_app.BaseUrl + "/Scorecards/Adjusters/adjuster");
        var bars = await page.Locator("#findings-chart rect.bar").CountAsync();
        var points = await page.Locator("#trend-chart circle.point").CountAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ArtifactPath("reinspection-scorecard.png"), FullPage = true });

        Assert.Equal(6, bars);
        Assert.Equal(1, points);
        Assert.Equal("1", await page.TextContentAsync("#audits"));
    }


    public void Dispose() => _app.Dispose();
}
