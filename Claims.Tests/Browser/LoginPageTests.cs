using Claims.Tests.Fixtures;
using Microsoft.Playwright;

namespace Claims.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LoginPageTests(BrowserFixture browser) : BrowserTest, IDisposable
{
    private readonly LiveAppHost _app = new();

    [Fact]
    public async Task Login_DemoAgent_SeesMyWork()
    {
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(_app.BaseUrl + "/");

        // Deny by default: the home page sends an anonymous visitor to the login page.
        Assert.Contains("/Account/Login", page.Url);
        await page.FillAsync("input[name=UserName]", "agent");
        await page.FillAsync("input[name=Password]", "Claims!2026");
        await page.ClickAsync("button[type=submit]");

        await page.WaitForSelectorAsync("h1:has-text('My work')");
        Assert.Contains("Agent", await page.InnerTextAsync("header"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ArtifactPath("my-work.png") });
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsMessage()
    {
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(_app.BaseUrl + "/Account/Login");
        await page.FillAsync("input[name=UserName]", "agent");
        await page.FillAsync("input[name=Password]", "not-the-password");
        await page.ClickAsync("button[type=submit]");

        var alert = await page.WaitForSelectorAsync("[role=alert]");
        Assert.Equal("Unknown user name or wrong password.", (await alert!.InnerTextAsync()).Trim());
        Assert.Contains("/Account/Login", page.Url);
    }

    public void Dispose() => _app.Dispose();
}
