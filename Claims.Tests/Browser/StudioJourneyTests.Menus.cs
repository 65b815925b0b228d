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
}
