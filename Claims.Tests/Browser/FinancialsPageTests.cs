using System.Net.Http.Json;
using System.Text.Json;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Microsoft.Playwright;
using static Claims.Tests.Builders.MoneyScenarios;

namespace Claims.Tests.Browser;

/// <summary>The adjuster's Financials tab: the claim's money at a glance and the payment form.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FinancialsPageTests(BrowserFixture browser) : BrowserTest, IDisposable
{
    private readonly LiveAppHost _app = new();

    [Fact]
    public async Task FinancialsTab_AdjusterPaysTooMuchThenPartly_RefusedThenPaymentListed()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var claim = await ApprovedForPaymentsAsync(_app, adjuster, 3);
        var page = await browser.Browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { errors.Add(m.Text); } };
        await _app.SignInAsync(page, "adjuster");

        await page.GotoAsync($"{_app.BaseUrl}/Claims/{claim.Id}");
        var excess = await page.TextContentAsync("#claim-excess");
        await page.ClickAsync("#financials-tab");
        await page.WaitForSelectorAsync("#reserve-history");
        var bars = await page.Locator("#reserve-history rect.bar").CountAsync();
        await page.SelectOptionAsync("#payment-form select[name=PayeeId]", claim.Shop.ToString());
        await page.FillAsync("#payment-form input[name=Amount]", (claim.Payable + 1m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("#payment-form button[type=submit]");
        await page.WaitForSelectorAsync("p.error");
        var refused = await page.TextContentAsync("p.error");
        await page.SelectOptionAsync("#payment-form select[name=PayeeId]", claim.Shop.ToString());
        await page.FillAsync("#payment-form input[name=Amount]", "100.00");
        await page.ClickAsync("#payment-form button[type=submit]");
        await page.WaitForSelectorAsync("#money-done");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ArtifactPath("claim-financials.png"), FullPage = true });

        Assert.Contains("OwnDamage cover", excess);
        Assert.True(bars >= 2, $"{bars} reserve changes charted");
        Assert.Contains("approved settlement", refused);
        Assert.Contains("Jing'an 4S Service Co.", await page.TextContentAsync("#payments"));
        Assert.Contains("CN12 •••• 5678", await page.TextContentAsync("#payees"));
        Assert.Equal((claim.Payable - 100m).ToString("N2"), await page.TextContentAsync("#outstanding"));
        Assert.Empty(errors);
        var admin = await browser.Browser.NewPageAsync();
        await _app.SignInAsync(admin, "admin");
        await admin.ClickAsync("#nav-payment-exports");
        await admin.ClickAsync("#export-form button[type=submit]");
        await admin.WaitForSelectorAsync("#export-done");
        Assert.Contains("Exported 1 payment(s), control total 100.00", await admin.TextContentAsync("#export-done"));
        Assert.Equal(1, await admin.Locator("#exports tbody tr").CountAsync());
        var money = await FinancialsAsync(adjuster, claim.Id);
        Assert.Equal(100m, money.GetProperty("total").GetProperty("paid").GetDecimal());
    }

    public void Dispose() => _app.Dispose();
}
