using System.Text.RegularExpressions;
using Claims.Tests.Fixtures;
using Microsoft.Playwright;
using static Claims.Tests.Browser.StudioPages;

namespace Claims.Tests.Browser;

public sealed partial class StudioJourneyTests
{
    /// <summary>
    /// docs/designer-api.md: the instance list's Actions → Import would post forged instance state, so our host page hides
    /// it for every role that sees the list; Refresh and Pause Polling stay.
    /// </summary>
    [Theory]
    [InlineData("underwriter")]
    [InlineData("senior.underwriter")]
    [InlineData("manager")]
    [InlineData("admin")]
    public async Task Monitor_OpensInstanceListActions_ImportIsHidden(string userName)
    {
        var page = await SignInAsync(browser.Browser, App, userName);
        var errors = CollectErrors(page);
        await page.GotoAsync(App.BaseUrl + "/studio/instances");
        var refresh = page.Locator(".mud-menu-item").Filter(new() { HasText = "Refresh" });

        await ClickUntilShownAsync(page.GetByRole(AriaRole.Button, new() { Name = "Actions", Exact = true }), refresh.First);

        var import = page.Locator(".mud-menu-item").Filter(new() { HasText = "Import" });
        await import.First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        Assert.False(await import.First.IsVisibleAsync(), $"Import is offered to {userName}");
        Assert.True(await refresh.First.IsVisibleAsync());
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>docs/designer-api.md: the activity tabs for engine features we do not run (Test, Log, Commit strategy) are hidden.</summary>
    [Fact]
    public async Task Underwriter_SelectsAnActivity_UnsupportedTabsAreHidden()
    {
        await ImportAsync(App, "journey-tabs", [Node("s1", "Elsa.Start", 100, 100), Node("f1", "Elsa.Finish", 350, 100)], [Connection("s1", "Done", "f1")]);
        var page = await SignInAsync(browser.Browser, App, "underwriter");
        var errors = CollectErrors(page);
        await OpenDesignerAsync(page, App, "journey-tabs");
        var unsupported = page.Locator(".mud-tab").Filter(new() { HasTextRegex = new Regex(@"^\s*(Test|Log|Commit strateg(y|ies))\s*$", RegexOptions.IgnoreCase) });

        await ClickUntilAsync(page.Locator(".x6-node[data-cell-id=\"f1\"]"),
            () => unsupported.First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 }));

        await Eventually.WaitAsync(async () => await unsupported.EvaluateAllAsync<bool[]>("els => els.map(e => e.offsetParent === null)"),
            hidden => hidden.Length > 0 && hidden.All(h => h), TimeSpan.FromSeconds(10), "the unsupported tabs hidden");
        Assert.True(await page.Locator(".mud-tab").Filter(new() { Visible = true }).CountAsync() > 0);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
