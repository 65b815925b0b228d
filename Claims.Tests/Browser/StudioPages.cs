using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Microsoft.Playwright;

namespace Claims.Tests.Browser;

/// <summary>Signs in, puts small definitions in place through the Elsa API, and opens the Studio host pages.</summary>
public static class StudioPages
{
    public static async Task<IPage> SignInAsync(IBrowser browser, LiveAppHost app, string userName)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        await app.SignInAsync(page, userName);
        return page;
    }

    /// <summary>Imports a flowchart of the given activities and connections (Studio-shaped JSON) as a draft.</summary>
    public static async Task ImportAsync(LiveAppHost app, string definitionId, JsonArray activities, JsonArray connections)
    {
        var client = await ApiClients.ForAsync(app, "underwriter");
        var definition = new JsonObject
        {
            ["definitionId"] = definitionId,
            ["name"] = definitionId,
            ["root"] = new JsonObject
            {
                ["id"] = "r1", ["type"] = "Elsa.Flowchart", ["version"] = 1, ["name"] = "Flowchart1",
                ["activities"] = activities, ["connections"] = connections,
            },
        };
        (await client.PostAsJsonAsync("/elsa/api/workflow-definitions/import", definition)).EnsureSuccessStatusCode();
    }

    public static JsonObject Node(string id, string type, int x, int y, JsonObject? inputs = null)
    {
        var node = new JsonObject
        {
            ["id"] = id, ["type"] = type, ["version"] = 1, ["name"] = id,
            ["metadata"] = new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = x, ["y"] = y } } },
        };
        foreach (var (key, value) in inputs ?? [])
        {
            node[key] = value?.DeepClone();
        }

        return node;
    }

    public static JsonObject Connection(string from, string port, string to) => new()
    {
        ["source"] = new JsonObject { ["activity"] = from, ["port"] = port },
        ["target"] = new JsonObject { ["activity"] = to, ["port"] = "In" },
        ["vertices"] = new JsonArray(),
    };

    public static async Task<JsonNode> LatestAsync(LiveAppHost app, string definitionId)
    {
        var client = await ApiClients.ForAsync(app, "underwriter");
        return (await client.GetFromJsonAsync<JsonNode>($"/elsa/api/workflow-definitions/by-definition-id/{definitionId}?versionOptions=Latest"))!;
    }

    /// <summary>Opens the designer and waits until X6 has drawn the nodes.</summary>
    public static async Task OpenDesignerAsync(IPage page, LiveAppHost app, string definitionId)
    {
        await page.GotoAsync($"{app.BaseUrl}/studio/workflows/{definitionId}");
        await page.WaitForSelectorAsync(".x6-node", new PageWaitForSelectorOptions { Timeout = 120_000 }); // WASM boot at load 30 can pass a minute
    }

    /// <summary>Drags, as a person would, from the first Done port to the first In port on the canvas.</summary>
    public static async Task ConnectDoneToInAsync(IPage page)
    {
        var from = (await page.Locator(".x6-port-body[port=Done]").BoundingBoxAsync())!;
        var to = (await page.Locator(".x6-port-body[port=In]").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + from.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(to.X + 5, to.Y + 5, new() { Steps = 10 });
        await page.Mouse.MoveAsync(to.X + to.Width / 2, to.Y + to.Height / 2, new() { Steps = 5 });
        await page.Mouse.UpAsync();
    }

    /// <summary>The editor's Publish button (the cloud icon of the split button in the designer toolbar).</summary>
    public static ILocator PublishButton(IPage page) => page.Locator(".mud-toolbar button.mud-primary-text").First;

    /// <summary>
    /// Clicks Publish until the latest version is published: on a loaded machine Studio can swallow a click made while its
    /// auto-save is still in flight (a person clicks again); our API then publishes the saved draft once.
    /// </summary>
    public static async Task<JsonNode> PublishAsync(IPage page, LiveAppHost app, string definitionId)
    {
        await AutoSaveQuietAsync(page);
        JsonNode? published = null;
        await ClickUntilAsync(PublishButton(page), async () =>
            published = await Eventually.WaitAsync(() => LatestAsync(app, definitionId), d => d["isPublished"]!.GetValue<bool>(), TimeSpan.FromSeconds(15), "the publish"));
        return published!;
    }

    /// <summary>
    /// Clicks <paramref name="button"/> until <paramref name="shown"/> appears. Studio renders its buttons before Blazor has
    /// attached their handlers, and on a loaded machine a click in that gap does nothing (a person clicks again).
    /// </summary>
    public static Task ClickUntilShownAsync(ILocator button, ILocator shown) =>
        ClickUntilAsync(button, () => shown.WaitForAsync(new() { Timeout = 30_000 }));

    /// <summary>
    /// Clicks <paramref name="button"/> until <paramref name="happened"/> completes without a timeout; with
    /// <paramref name="dispatch"/> the click event is sent to the element even where our host page hides it.
    /// </summary>
    public static async Task ClickUntilAsync(ILocator button, Func<Task> happened, bool dispatch = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            await (dispatch ? button.DispatchEventAsync("click", null, new() { Timeout = 60_000 }) : button.ClickAsync(new() { Timeout = 60_000 }));
            try
            {
                await happened();
                return;
            }
            catch (TimeoutException) when (attempt < 4)
            {
            }
        }
    }

    /// <summary>
    /// Waits until Studio has sent no save for 2 s. Auto-save fires about a second after each change; one that arrives after
    /// the Publish click finds the version published and, as Elsa does, starts the next version as a draft.
    /// </summary>
    private static async Task AutoSaveQuietAsync(IPage page)
    {
        var last = DateTime.UtcNow;
        void OnRequest(object? sender, IRequest request)
        {
            if (request.Method == "POST" && request.Url.EndsWith("/elsa/api/workflow-definitions", StringComparison.Ordinal))
            {
                last = DateTime.UtcNow;
            }
        }

        page.Request += OnRequest;
        try
        {
            var until = DateTime.UtcNow.AddSeconds(20);
            while (DateTime.UtcNow - last < TimeSpan.FromSeconds(2) && DateTime.UtcNow < until)
            {
                await Task.Delay(200);
            }
        }
        finally
        {
            page.Request -= OnRequest;
        }
    }
}
