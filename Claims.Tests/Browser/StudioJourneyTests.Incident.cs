using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Microsoft.Playwright;
using static Claims.Tests.Browser.StudioPages;

namespace Claims.Tests.Browser;

/// <summary>
/// Issue 20 item 6: an instance of a shipped flow that faulted, opened in Studio's viewer, shows the path taken, the faulted
/// activity's execution and the incident (the API side for every shipped flow: InstanceEndpointTests).
/// </summary>
public sealed partial class StudioJourneyTests
{
    [Fact]
    public async Task Underwriter_OpensAFaultedShippedFlowInstance_SeesThePathTheFaultAndTheIncident()
    {
        // The shipped re-inspection audit started without an audit: its first activity faults and raises an incident.
        var client = await ApiClients.ForAsync(App, "underwriter");
        var run = await client.PostAsync("/elsa/api/workflow-definitions/reinspection-audit/execute", JsonContent.Create(new { versionOptions = "Published" }));
        var instanceId = run.Headers.GetValues("x-elsa-workflow-instance-id").Single();
        var instance = (await client.GetFromJsonAsync<JsonNode>($"/elsa/api/workflow-instances/{instanceId}"))!;
        Assert.Equal("Faulted", instance["subStatus"]!.GetValue<string>());
        var incident = instance["workflowState"]!["incidents"]!.AsArray().Single()!;
        Assert.Equal("assign", incident["activityId"]!.GetValue<string>());
        var page = await SignInAsync(browser.Browser, App, "underwriter");
        var problems = CollectProblems(page);

        await page.GotoAsync($"{App.BaseUrl}/studio/instances/{instanceId}");

        // The path: Start started and completed, the assignment started and faulted; nothing after it.
        var journal = page.Locator(".mud-timeline-item, .mud-list-item");
        var faulted = journal.Filter(new() { HasText = "Faulted" }).Filter(new() { HasText = "AssignReinspector1" });
        await faulted.First.WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal(1, await journal.Filter(new() { HasText = "Start1" }).Filter(new() { HasText = "Completed" }).CountAsync());
        Assert.Equal(0, await journal.Filter(new() { HasText = "ReEstimate" }).CountAsync());

        // The faulted entry opens its execution: status, timing and the exception's message, no stack trace.
        var execution = await page.RunAndWaitForResponseAsync(() => faulted.First.ClickAsync(),
            r => r.Url.Contains("/activity-executions/by-id", StringComparison.Ordinal), new() { Timeout = 30_000 });
        Assert.True(execution.Ok, $"by-id: {execution.Status}");
        var body = (await client.GetFromJsonAsync<JsonNode>(new Uri(execution.Url).PathAndQuery))!;
        Assert.Equal("Faulted", body["status"]!.GetValue<string>());
        Assert.NotNull(body["startedAt"]);
        Assert.Contains(incident["message"]!.GetValue<string>(), body.ToJsonString());
        Assert.DoesNotContain("   at ", body.ToJsonString());

        // The incidents tab: the one incident with its message.
        await ClickUntilShownAsync(page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Incidents", System.Text.RegularExpressions.RegexOptions.IgnoreCase) }),
            page.GetByText(incident["message"]!.GetValue<string>()).Filter(new() { Visible = true }).First);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("journey-faulted-shipped-instance.png") });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
