using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Microsoft.Playwright;
using static Claims.Tests.Workflows.EngineHosting;

namespace Claims.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class TaskPageTests(BrowserFixture browser) : BrowserTest, IDisposable
{
    private readonly LiveAppHost _app = new();

    [Fact]
    public async Task TaskPage_UnderwriterApproves_WorkflowFinishesAndQueueEmpties()
    {
        await PublishAsync(_app, FlowchartBuilder.SingleTask("browser-task").Build());
        var admin = await ApiClients.ForAsync(_app, "admin");
        var id = await StartAsync(admin, "browser-task");
        var page = await browser.Browser.NewPageAsync();
        await _app.SignInAsync(page, "underwriter");

        await page.ClickAsync("#my-work a:has-text('Review review')");
        await page.WaitForSelectorAsync("h1:has-text('Review review')");
        await page.FillAsync("textarea[name=Comment]", "Checked the disclosure.");
        await page.ClickAsync("button[value=Approve]");

        await page.WaitForSelectorAsync("h1:has-text('My work')");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ArtifactPath("task-approved.png") });
        Assert.Equal(0, await page.Locator("#my-work a:has-text('Review review')").CountAsync());
        var instance = await FinishedAsync(admin, id);
        Assert.Equal(1, Count(instance, "Resumed", "review"));
    }


    public void Dispose() => _app.Dispose();
}
