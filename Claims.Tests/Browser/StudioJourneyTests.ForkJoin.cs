using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Microsoft.Playwright;
using static Claims.Tests.Browser.StudioPages;

namespace Claims.Tests.Browser;

/// <summary>
/// Issue 20 items 1 and 6 in the browser: Start's Done connected to two human tasks runs them as concurrent branches, a
/// WaitAll join merges them, and the instance viewer shows both branches and the join.
/// </summary>
public sealed partial class StudioJourneyTests
{
    [Fact]
    public async Task Underwriter_DesignsTwoBranchesAndAWaitAllJoin_CompletesBothTasksAndSeesThePathInTheViewer()
    {
        var page = await SignInAsync(browser.Browser, App, "underwriter");
        await page.SetViewportSizeAsync(1920, 1080);
        var problems = CollectProblems(page);

        await CreateInDialogAsync(page);
        var definitionId = page.Url.Split('/')[^1];
        await page.Locator(".x6-graph").WaitForAsync(new() { Timeout = 60_000 });
        await DropAsync(page, "Flow", "Start", 80, 200);
        await DropAsync(page, "Tasks", "Human task", 340, 70);
        await DropAsync(page, "Tasks", "Human task", 340, 330);
        await DropAsync(page, "Flow", "Join", 620, 200);
        await DropAsync(page, "Flow", "Finish", 880, 200);
        var dropped = await SavedAsync(definitionId, d => Activities(d).Count == 5, "the five drops");
        string Of(string type) => Activities(dropped).Single(a => a!["type"]!.ToString() == type)!["id"]!.ToString();
        string[] tasks = [.. Activities(dropped).Where(a => a!["type"]!.ToString() == "Claims.HumanTask")
            .OrderBy(a => a!["metadata"]!["designer"]!["position"]!["y"]!.GetValue<double>()).Select(a => a!["id"]!.ToString())];
        var (start, join, finish) = (Of("Elsa.Start"), Of("Elsa.FlowJoin"), Of("Elsa.Finish"));

        // One outcome connected to two activities: the two tasks are concurrent branches; both arrive at the join's one In port.
        foreach (var (from, to) in new[] { (start, tasks[1]), (start, tasks[0]), (tasks[1], join), (tasks[0], join), (join, finish) })
        {
            await ConnectUntilSavedAsync(page, definitionId, from, "Done", to);
        }

        string[] subjects = ["Order the survey", "Request the police report"];
        await FillHumanTaskAsync(page, definitionId, tasks[0], subjects[0]);
        await FillHumanTaskAsync(page, definitionId, tasks[1], subjects[1]);
        await page.Locator($".x6-node[data-cell-id=\"{join}\"]").ClickAsync();
        await PickOptionAsync(page, definitionId, join, "Mode", "mode", "WaitAll");

        await PublishAsync(page, App, definitionId);
        await ClickUntilAsync(page.Locator(".mud-toolbar button.mud-success-text").First,
            () => page.WaitForURLAsync("**/studio/instances/*", new() { Timeout = 30_000 }));
        var instanceId = page.Url.Split('/')[^1];
        var client = await ApiClients.ForAsync(App, "underwriter");

        // Both tasks wait in the queue at once; the join holds until the second is done.
        foreach (var subject in subjects)
        {
            await page.GotoAsync(App.BaseUrl + "/");
            await page.Locator("#my-work tr").Filter(new() { HasText = subject }).GetByRole(AriaRole.Link).ClickAsync(new() { Timeout = 30_000 });
            await page.Locator("button[name=Outcome]").First.ClickAsync();
            await page.WaitForURLAsync(App.BaseUrl + "/", new() { Timeout = 30_000 });
            if (subject == subjects[0])
            {
                Assert.True(await page.Locator("#my-work tr").Filter(new() { HasText = subjects[1] }).CountAsync() == 1, "the second branch's task is still open");
                Assert.Equal("Suspended", (await client.GetFromJsonAsync<JsonNode>($"/elsa/api/workflow-instances/{instanceId}"))!["subStatus"]!.GetValue<string>());
            }
        }

        await Eventually.WaitAsync(async () => (await client.GetFromJsonAsync<JsonNode>($"/elsa/api/workflow-instances/{instanceId}"))!["subStatus"]!.GetValue<string>(),
            s => s == "Finished", TimeSpan.FromSeconds(30), "the instance to finish");
        var completed = await CompletedActivitiesAsync(client, instanceId);
        Assert.Equal(1, completed.Count(id => id == join));
        Assert.All(new[] { start, tasks[0], tasks[1], finish }, id => Assert.Contains(id, completed));

        // The viewer: journal entries for both branches and the join; each entry opens its execution (inputs, outputs).
        var names = Activities(dropped).ToDictionary(a => a!["id"]!.ToString(), a => a!["name"]!.ToString());
        await page.GotoAsync($"{App.BaseUrl}/studio/instances/{instanceId}");
        var journal = page.Locator(".mud-timeline-item, .mud-list-item").Filter(new() { HasTextRegex = new Regex(string.Join('|', names.Values.Select(Regex.Escape))) });
        foreach (var id in new[] { tasks[0], tasks[1], join, finish })
        {
            await journal.Filter(new() { HasTextRegex = new Regex($@"\b{Regex.Escape(names[id])}\b[\s\S]*Completed") }).First.WaitForAsync(new() { Timeout = 60_000 });
        }

        var byId = 0;
        page.Response += (_, r) => byId += r.Url.Contains("/activity-executions/by-id", StringComparison.Ordinal) && r.Ok ? 1 : 0;
        var entries = await journal.CountAsync();
        for (var i = 0; i < entries; i++)
        {
            await journal.Nth(i).ClickAsync();
        }

        // Start, two tasks, the join and Finish: five executions, each loaded once.
        await Eventually.WaitAsync(() => Task.FromResult(byId), n => n >= 5, TimeSpan.FromSeconds(30), "each execution loaded by id");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("journey-fork-join-instance.png") });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The activity ids of the instance's journal entries named Completed, in order.</summary>
    private static async Task<string[]> CompletedActivitiesAsync(HttpClient client, string instanceId)
    {
        var response = await client.PostAsJsonAsync($"/elsa/api/workflow-instances/{instanceId}/journal?skip=0&take=200", new JsonObject());
        var page = JsonNode.Parse(await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync())!;
        return [.. page["items"]!.AsArray().Where(e => e!["eventName"]!.ToString() == "Completed").Select(e => e!["activityId"]!.ToString())];
    }
}
