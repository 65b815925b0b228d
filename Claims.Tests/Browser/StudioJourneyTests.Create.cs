using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Microsoft.Playwright;
using static Claims.Tests.Browser.StudioPages;

namespace Claims.Tests.Browser;

/// <summary>
/// Issue 16 item 3: Studio's create dialog offers Flowchart, Sequence and State machine; our engine runs flowcharts, so the
/// host page hides the other two and the API refuses them (docs/designer-api.md).
/// </summary>
public sealed partial class StudioJourneyTests
{
    private static readonly Regex OkButton = new(@"^\s*Ok\s*$");

    [Fact]
    public async Task Underwriter_OpensTheCreateDialog_OnlyFlowchartIsOfferedAndCreatesAFlowchart()
    {
        var page = await SignInAsync(browser.Browser, App, "underwriter");
        var problems = CollectProblems(page);
        await page.GotoAsync(App.BaseUrl + "/studio/");
        var options = page.Locator(".workflow-root-template-option");
        await ClickUntilShownAsync(page.GetByText("Create workflow"), options.First);
        await Eventually.WaitAsync(() => RootOptionsAsync(page), o => o.Count(x => !x.Visible) == 2, TimeSpan.FromSeconds(10), "the unsupported root types hidden");

        var offered = await RootOptionsAsync(page);
        Assert.Equal(["Flowchart"], offered.Where(o => o.Visible).Select(o => o.Kind));
        Assert.Equal(["Sequence", "State machine"], offered.Where(o => !o.Visible).Select(o => o.Kind));
        await page.Locator(".mud-dialog-actions button").Filter(new() { HasTextRegex = OkButton }).ClickAsync(new() { Timeout = 30_000 });
        await page.WaitForURLAsync("**/studio/workflows/*", new() { Timeout = 30_000 });
        await page.Locator(".x6-graph").WaitForAsync(new() { Timeout = 60_000 });

        var created = await LatestAsync(App, page.Url.Split('/')[^1]);
        Assert.Equal("Elsa.Flowchart", created["root"]!["type"]!.GetValue<string>());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// Defence in depth: if the hidden option were picked anyway (a newer Studio, another host page), the API's 400 is shown
    /// as Studio's snackbar, nothing is stored, and the only console line is the browser's note of that 400.
    /// </summary>
    [Theory]
    [InlineData("Sequence", "Elsa.Sequence")]
    [InlineData("State machine", "Elsa.StateMachine")]
    public async Task Underwriter_PicksAHiddenRootTypeAnyway_SeesTheRefusalAndNothingIsCreated(string kind, string type)
    {
        var page = await SignInAsync(browser.Browser, App, "underwriter");
        var problems = CollectProblems(page);
        var client = await ApiClients.ForAsync(App, "underwriter");
        var before = await DefinitionCountAsync(client);
        await page.GotoAsync(App.BaseUrl + "/studio/");
        var option = page.Locator(".workflow-root-template-option").Filter(new() { HasText = kind }).Locator("[role=radio]");
        await ClickUntilShownAsync(page.GetByText("Create workflow"), page.Locator(".workflow-root-template-option").First);

        await ClickUntilAsync(option, () => Eventually.WaitAsync(() => option.GetAttributeAsync("aria-checked"), c => c == "true", TimeSpan.FromSeconds(10), kind), dispatch: true);
        var posted = await page.RunAndWaitForResponseAsync(
            () => page.Locator(".mud-dialog-actions button").Filter(new() { HasTextRegex = OkButton }).ClickAsync(new() { Timeout = 30_000 }),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/elsa/api/workflow-definitions", StringComparison.Ordinal), new() { Timeout = 30_000 });

        Assert.Equal(400, posted.Status);
        Assert.Contains(type, posted.Request.PostDataJSON()!.Value.GetProperty("model").GetProperty("root").GetProperty("type").GetString());
        await page.Locator(".mud-snackbar").Filter(new() { HasText = "Only Flowchart workflows are supported" }).First.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Equal("/studio/", new Uri(page.Url).AbsolutePath); // still on the list: no editor opened
        Assert.Equal(before, await DefinitionCountAsync(client));
        Assert.All(problems, p => Assert.Matches(@"(status of 400|HTTP 400 POST .*/elsa/api/workflow-definitions$)", p));
        Assert.False(await page.Locator("#blazor-error-ui").IsVisibleAsync(), "Studio's unhandled-error bar is shown");
    }

    private static async Task<(string Kind, bool Visible)[]> RootOptionsAsync(IPage page) =>
        [.. (await page.Locator(".workflow-root-template-option").EvaluateAllAsync<string[][]>(
            "els => els.map(e => [e.querySelector('p, h6, .mud-typography')?.textContent.trim() ?? e.textContent.trim(), String(e.offsetParent !== null)])"))
            .Select(o => (Regex.Match(o[0], "^(Flowchart|Sequence|State machine)").Value is { Length: > 0 } k ? k : o[0], o[1] == "true"))];

    private static async Task<int> DefinitionCountAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonNode>("/elsa/api/workflow-definitions?versionOptions=Latest&PageSize=100"))!["totalCount"]!.GetValue<int>();
}
