using System.Text;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Microsoft.Playwright;

namespace Claims.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ImportPageTests(BrowserFixture browser) : BrowserTest, IDisposable
{
    private readonly LiveAppHost _app = new();

    [Fact]
    public async Task ImportPage_AdminUploadsRatesThenBadFile_SeesCountThenLineErrors()
    {
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(_app.BaseUrl + "/Account/Login");
        await page.FillAsync("input[name=UserName]", "admin");
        await page.FillAsync("input[name=Password]", ApiClients.DemoPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("h1:has-text('My work')");

        await page.ClickAsync("nav a:has-text('Import')");
        await page.SelectOptionAsync("#import-kind", "hourly-rates");
        await page.SetInputFilesAsync("#import-file", Csv("version,region,shop_class,rate,effective_from\nR-2027,SH,FourS,160,2027-01-01\nR-2027,SH,Class1,125,2027-01-01\n"));
        await page.ClickAsync("#import-form button[type=submit]");
        await page.WaitForSelectorAsync("#import-result p.card");
        var imported = await page.TextContentAsync("#import-result");
        await page.SetInputFilesAsync("#import-file", Csv("version,region,shop_class,rate,effective_from\nR-2027,SH,Gold,160,2027-01-01\n"));
        await page.ClickAsync("#import-form button[type=submit]");
        await page.WaitForSelectorAsync("#import-result p.error");
        var refused = await page.TextContentAsync("#import-result");

        Assert.Contains("Imported 2 rows", imported);
        Assert.Contains("line 2", refused);
    }

    private static FilePayload Csv(string text) => new() { Name = "rates.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };

    public void Dispose() => _app.Dispose();
}
