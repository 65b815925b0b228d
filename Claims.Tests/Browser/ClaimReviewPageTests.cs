using System.Net.Http.Json;
using System.Text.Json;
using Claims.Domain.Common;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Microsoft.Playwright;
using static Claims.Tests.Builders.ClaimScenarios;

namespace Claims.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ClaimReviewPageTests(BrowserFixture browser) : BrowserTest, IDisposable
{
    private readonly LiveAppHost _app = new();

    [Fact]
    public async Task ReviewPage_PriceCheckerVerifiesDeviatingLine_ClaimCloses()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var policy = await PolicyAsync(_app, 1);
        var reported = await (await ReportAsync(adjuster, policy.Number, DateTimeOffset.UtcNow.AddHours(-5))).Content.ReadFromJsonAsync<JsonElement>();
        var id = reported.GetProperty("id").GetGuid();
        var part = (await PartsAsync(_app, policy)).First(p => p.Position == "BONNET");
        (await adjuster.PutAsJsonAsync($"/api/claims/{id}/estimate", new
        {
            lines = new object[] { new { kind = "Part", partNumber = part.PartNumber, channel = "FourS", unitPrice = Money.Of(part.Price * 1.3m).Amount } },
        })).EnsureSuccessStatusCode();
        (await adjuster.PostAsync($"/api/claims/{id}/estimate/submit", null)).EnsureSuccessStatusCode();
        await StatusAsync(adjuster, id, "PriceVerification");
        var page = await browser.Browser.NewPageAsync();
        await _app.SignInAsync(page, "price.checker");

        await page.ClickAsync($"#my-work a:has-text('{reported.GetProperty("number").GetString()}')");
        await page.WaitForSelectorAsync("#deviations tr.deviates");
        var excess = await page.TextContentAsync("#deviations tr.deviates td:last-child");
        await page.ClickAsync("button[value=Return]");
        await page.WaitForSelectorAsync("p.error");
        var refused = await page.TextContentAsync("p.error");
        await page.FillAsync("textarea[name=Comment]", "Dealer quote on file; price accepted.");
        await page.ClickAsync("button[value=Verified]");
        await page.WaitForSelectorAsync("h1:has-text('Claims queue')");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ArtifactPath("claim-price-verified.png") });

        Assert.Equal("30%", excess);
        Assert.Contains("before returning", refused);
        var closed = await ExportedAndClosedAsync(_app, adjuster, id);
        Assert.Contains(closed.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("by").GetString() == "price.checker");
    }

    [Fact]
    public async Task NoticePage_AdjusterReportsLoss_ClaimPageShowsSurvey()
    {
        var policy = await PolicyAsync(_app, 2);
        var page = await browser.Browser.NewPageAsync();
        await _app.SignInAsync(page, "adjuster");

        await page.ClickAsync("nav a:has-text('Report a loss')");
        await page.FillAsync("input[name=PolicyNumber]", policy.Number);
        await page.FillAsync("input[name=LossAt]", DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("input[name=LossPlace]", "Century Avenue, Pudong");
        await page.SelectOptionAsync("select[name=Liability]", "Major");
        await page.FillAsync("textarea[name=Description]", "Side swipe while changing lanes.");
        await page.ClickAsync("#notice-form button[type=submit]");
        await page.WaitForSelectorAsync("#claim-status");

        Assert.Equal("Surveying", await page.TextContentAsync("#claim-status"));
        Assert.Contains(policy.Number, await page.TextContentAsync("#policy-snapshot"));
        Assert.Contains("(adjuster)", await page.TextContentAsync("#current-task") ?? "", StringComparison.Ordinal);
    }


    public void Dispose() => _app.Dispose();
}
