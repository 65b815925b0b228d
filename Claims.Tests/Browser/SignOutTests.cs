using System.Net;
using Claims.Tests.Fixtures;
using Microsoft.Playwright;
using static Claims.Tests.Browser.StudioPages;

namespace Claims.Tests.Browser;

/// <summary>Sign-out in a real browser ends the session on the server; the pages and the designer run under the CSP.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignOutTests(BrowserFixture browser) : BrowserTest, IDisposable
{
    private readonly LiveAppHost _app = new();

    [Fact]
    public async Task SignOut_InTheBrowser_CopiedCookieStopsWorking()
    {
        var page = await (await browser.Browser.NewContextAsync()).NewPageAsync();
        var csp = CspViolations(page);
        await _app.SignInAsync(page, "adjuster");
        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "claims.auth");
        using var copy = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(_app.BaseUrl) };
        copy.DefaultRequestHeaders.Add("Cookie", $"claims.auth={cookie.Value}");
        var before = await copy.GetAsync("/api/tasks");

        await page.ClickAsync("header button:has-text('Sign out')");
        await page.WaitForURLAsync("**/Account/Login");
        var api = await copy.GetAsync("/api/tasks");
        var home = await copy.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Contains("/Account/Login", home.Headers.Location?.ToString());
        await page.GotoAsync(_app.BaseUrl + "/");
        Assert.Contains("/Account/Login", page.Url);
        Assert.True(csp.Count == 0, string.Join("\n", csp));
    }

    [Fact]
    public async Task Designer_UnderTheContentSecurityPolicy_DrawsTheCanvas()
    {
        await ImportAsync(_app, "csp", [Node("s1", "Elsa.Start", 100, 100), Node("f1", "Elsa.Finish", 350, 100)], [Connection("s1", "Done", "f1")]);
        var page = await SignInAsync(browser.Browser, _app, "underwriter");
        var csp = CspViolations(page);

        await OpenDesignerAsync(page, _app, "csp");

        Assert.Equal(2, await page.Locator(".x6-node").CountAsync());
        Assert.True(csp.Count == 0, string.Join("\n", csp));
    }

    /// <summary>What the browser refused under the policy, from its console.</summary>
    private static List<string> CspViolations(IPage page)
    {
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                refused.Add(message.Text);
            }
        };
        return refused;
    }

    public void Dispose() => _app.Dispose();
}
