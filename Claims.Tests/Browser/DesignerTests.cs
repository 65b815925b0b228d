using System.Text.Json.Nodes;
using Claims.Tests.Fixtures;
using Microsoft.Playwright;
using static Claims.Tests.Browser.StudioPages;

namespace Claims.Tests.Browser;

/// <summary>Elsa Studio 3.8.2 in our pages, against our API, in Debian Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DesignerTests(BrowserFixture browser) : BrowserTest, IDisposable
{
    private readonly LiveAppHost _app = new();

    [Fact]
    public async Task Underwriter_DragsFinishFromToolbox_ConnectsIt_AndPublishes()
    {
        await ImportAsync(_app, "designer-e2e", [Node("s1", "Elsa.Start", 100, 150)], []);
        var page = await SignInAsync(browser.Browser, _app, "underwriter");
        await OpenDesignerAsync(page, _app, "designer-e2e");

        // Our categories in the toolbox.
        await page.GetByText("Tasks", new() { Exact = true }).WaitForAsync();
        await page.GetByText("Flow", new() { Exact = true }).ClickAsync();
        var finish = page.Locator("[draggable=true]").Filter(new() { HasText = "Finish" }).First;
        await finish.DragToAsync(page.Locator(".x6-graph"), new() { TargetPosition = new TargetPosition { X = 450, Y = 200 } });
        await page.Locator(".x6-node").Nth(1).WaitForAsync();

        // Connect Start's Done port to Finish's In port with the mouse, as a person would.
        await ConnectDoneToInAsync(page);
        await page.Locator(".x6-edge").First.WaitForAsync();

        await Eventually.WaitAsync(async () => (await LatestAsync(_app, "designer-e2e"))["root"]!["connections"]!.AsArray().Count == 1, done => done, TimeSpan.FromSeconds(15));
        await PublishAsync(page, _app, "designer-e2e");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("designer-published.png") });

        var root = (await LatestAsync(_app, "designer-e2e"))["root"]!;
        var added = root["activities"]!.AsArray().Single(a => a!["type"]!.GetValue<string>() == "Elsa.Finish")!;
        Assert.StartsWith("Workflow1:r1:", added["nodeId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Underwriter_PublishWithUnconnectedOutcome_SeesOurMessageInSnackbar()
    {
        var condition = new JsonObject { ["condition"] = new JsonObject { ["typeName"] = "Boolean", ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "true" } } };
        await ImportAsync(_app, "designer-invalid",
            [Node("s1", "Elsa.Start", 0, 100), Node("big", "Elsa.Decision", 250, 100, condition), Node("f1", "Elsa.Finish", 550, 40)],
            [Connection("s1", "Done", "big"), Connection("big", "True", "f1")]);
        var page = await SignInAsync(browser.Browser, _app, "underwriter");
        await OpenDesignerAsync(page, _app, "designer-invalid");

        await PublishButton(page).ClickAsync();

        var snackbar = page.Locator(".mud-snackbar").Filter(new() { HasText = "not connected" });
        await snackbar.First.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("big (big): Outcome 'False' is not connected.", await snackbar.First.InnerTextAsync());
        Assert.False((await LatestAsync(_app, "designer-invalid"))["isPublished"]!.GetValue<bool>());
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("designer-invalid-publish.png") });
    }

    [Fact]
    public async Task Adjuster_GetsTheReadOnlyDesigner()
    {
        await ImportAsync(_app, "designer-readonly", [Node("s1", "Elsa.Start", 100, 100), Node("f1", "Elsa.Finish", 350, 100)], [Connection("s1", "Done", "f1")]);
        var page = await SignInAsync(browser.Browser, _app, "adjuster");
        await OpenDesignerAsync(page, _app, "designer-readonly");

        await page.GetByText("read-only mode").First.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal(2, await page.Locator(".x6-node").CountAsync());
        Assert.Contains("Read-only", await page.InnerTextAsync("#studio-readonly"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("designer-read-only.png") });
    }

    [Fact]
    public async Task WorkflowList_EditCallback_OpensTheEditorPage()
    {
        await ImportAsync(_app, "designer-list", [Node("s1", "Elsa.Start", 100, 100), Node("f1", "Elsa.Finish", 350, 100)], [Connection("s1", "Done", "f1")]);
        var page = await SignInAsync(browser.Browser, _app, "underwriter");
        await page.GotoAsync(_app.BaseUrl + "/studio/");

        // Only flowcharts run on our engine: the create dialog hides Sequence and State machine.
        await ClickUntilShownAsync(page.GetByText("Create workflow"), page.GetByText("Flowchart", new() { Exact = true }));
        Assert.False(await page.GetByText("Sequence", new() { Exact = true }).IsVisibleAsync());
        Assert.False(await page.GetByText("State machine", new() { Exact = true }).IsVisibleAsync());
        // Leave the dialog by reloading the list: the dialog's own buttons render late on a loaded machine.
        await page.GotoAsync(_app.BaseUrl + "/studio/");

        await ClickUntilAsync(page.GetByText("designer-list").First,
            () => page.WaitForURLAsync("**/studio/workflows/designer-list", new() { Timeout = 30_000 }));
        await page.WaitForSelectorAsync(".x6-node", new() { Timeout = 60_000 });
    }

    public void Dispose() => _app.Dispose();
}
