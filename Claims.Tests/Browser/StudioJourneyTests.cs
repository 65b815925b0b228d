using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Claims.Tests.Fixtures;
using Microsoft.Playwright;
using static Claims.Tests.Browser.StudioPages;

namespace Claims.Tests.Browser;

/// <summary>One app host for the class: the journey's steps need no isolation from each other, and a host costs seconds.</summary>
public sealed class StudioJourneyHost : IDisposable
{
    public LiveAppHost App { get; } = new();

    public void Dispose() => App.Dispose();
}

/// <summary>
/// Issue 16: the underwriter's journey in the unmodified Studio 3.8.2, with every console error collected and asserted
/// absent (the red "An unhandled error has occurred" bar is a console error too).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class StudioJourneyTests(BrowserFixture browser, StudioJourneyHost host) : BrowserTest, IClassFixture<StudioJourneyHost>
{
    private LiveAppHost App => host.App;

    [Fact]
    public async Task Underwriter_BulkCancelsASuspendedInstanceInTheList_WithoutConsoleErrors()
    {
        var task = new JsonObject
        {
            ["subject"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "Bulk cancel me" } },
            ["assigneeRole"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "Underwriter" } },
        };
        await ImportAsync(App, "journey-bulk-cancel", [Node("s1", "Elsa.Start", 0, 100), Node("t1", "Claims.HumanTask", 250, 100, task), Node("f1", "Elsa.Finish", 550, 100)],
            [Connection("s1", "Done", "t1"), Connection("t1", "Done", "f1")]);
        var client = await Claims.Tests.Builders.ApiClients.ForAsync(App, "underwriter");
        var run = await client.PostAsync("/elsa/api/workflow-definitions/journey-bulk-cancel/execute", System.Net.Http.Json.JsonContent.Create(new { versionOptions = "Latest" }));
        var instanceId = run.Headers.GetValues("x-elsa-workflow-instance-id").Single();
        var page = await SignInAsync(browser.Browser, App, "underwriter");
        var errors = CollectErrors(page);

        await BulkCancelInListAsync(page, client, instanceId);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("journey-bulk-cancel.png") });
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Underwriter_BulkExportsSelectedWorkflows_DownloadsAZipOfTheirJson()
    {
        await ImportAsync(App, "journey-export", [Node("s1", "Elsa.Start", 100, 100), Node("f1", "Elsa.Finish", 350, 100)], [Connection("s1", "Done", "f1")]);
        var page = await SignInAsync(browser.Browser, App, "underwriter");
        var errors = CollectErrors(page);

        Assert.Equal(["journey-export-v1.json"], await BulkExportFromListAsync(page, "journey-export", "journey-export.zip"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Adjuster_RunsInTheEditor_SeesTheRefusalNotSuccess()
    {
        await ImportAsync(App, "journey-readonly-run", [Node("s1", "Elsa.Start", 100, 100), Node("f1", "Elsa.Finish", 350, 100)], [Connection("s1", "Done", "f1")]);
        var page = await SignInAsync(browser.Browser, App, "adjuster");
        await OpenDesignerAsync(page, App, "journey-readonly-run");

        await page.Locator(".mud-toolbar button.mud-success-text").First.ClickAsync();

        await page.Locator(".mud-snackbar").Filter(new() { HasText = "cannot be started" }).First.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Equal(0, await page.Locator(".mud-snackbar").Filter(new() { HasText = "Successfully started" }).CountAsync());
    }

    /// <summary>Console errors and uncaught page errors; Chromium logs a failed request (a 4xx from our API) as one too.</summary>
    private static List<string> CollectErrors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { errors.Add(m.Text); } };
        page.PageError += (_, e) => errors.Add(e);
        return errors;
    }

    /// <summary>
    /// The create dialog with Studio's suggested unique name and Flowchart, then Ok; Studio asks our page to open the
    /// editor. On a loaded machine the dialog can re-render under the click: start again from the list, as a person would.
    /// </summary>
    private async Task CreateInDialogAsync(IPage page)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await page.GotoAsync(App.BaseUrl + "/studio/");
                await ClickUntilShownAsync(page.GetByText("Create workflow"), page.GetByText("Flowchart", new() { Exact = true }));
                await page.Locator(".mud-dialog-actions button").Filter(new() { HasTextRegex = new Regex(@"^\s*Ok\s*$") }).ClickAsync(new() { Timeout = 30_000 });
                await page.WaitForURLAsync("**/studio/workflows/*", new() { Timeout = 30_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>Instances page: select the instance's row, Bulk actions → Cancel → Yes; waits until it is Cancelled.</summary>
    private async Task BulkCancelInListAsync(IPage page, HttpClient client, string instanceId)
    {
        await page.GotoAsync(App.BaseUrl + "/studio/instances");
        var row = page.Locator("tr").Filter(new() { HasText = instanceId[..8] }).First;
        await row.WaitForAsync(new() { Timeout = 60_000 });
        await row.Locator("input[type=checkbox]").First.CheckAsync(new() { Force = true });
        var cancel = page.Locator(".mud-menu-item, .mud-list-item").Filter(new() { HasText = "Cancel" }).First;
        await ClickUntilShownAsync(page.GetByText("Bulk actions"), cancel);
        await cancel.ClickAsync();
        await page.Locator(".mud-dialog-actions button").Filter(new() { HasText = "Yes" }).ClickAsync(new() { Timeout = 30_000 });
        await Eventually.WaitAsync(async () => (await client.GetFromJsonAsync<JsonNode>($"/elsa/api/workflow-instances/{instanceId}"))!["subStatus"]!.GetValue<string>(),
            s => s == "Cancelled", TimeSpan.FromSeconds(30), "the bulk cancel");
    }

    /// <summary>Workflows page: select the row showing <paramref name="rowText"/>, Bulk actions → Export → Export; the zip's entry names.</summary>
    private async Task<string[]> BulkExportFromListAsync(IPage page, string rowText, string artifact)
    {
        await page.GotoAsync(App.BaseUrl + "/studio/");
        var row = page.Locator("tr").Filter(new() { HasText = rowText }).First;
        await row.WaitForAsync(new() { Timeout = 60_000 });
        await row.Locator("input[type=checkbox]").First.CheckAsync(new() { Force = true });
        var export = page.Locator(".mud-menu-item, .mud-list-item").Filter(new() { HasTextRegex = new Regex(@"^\s*Export\s*$") }).First;
        await ClickUntilShownAsync(page.GetByText("Bulk actions"), export);
        await export.ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(
            () => page.Locator(".mud-dialog-actions button").Filter(new() { HasText = "Export" }).ClickAsync(new() { Timeout = 30_000 }), new() { Timeout = 30_000 });
        var path = BrowserFixture.ArtifactPath(artifact);
        await download.SaveAsAsync(path);
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        return [.. zip.Entries.Select(e => e.Name)];
    }
}
