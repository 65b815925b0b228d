using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Claims.Tests.Browser.StudioPages;

namespace Claims.Tests.Browser;

/// <summary>
/// Issue 20 item 2 in the browser: the shared referral-approval definition (usable as an activity, category Approvals) is a
/// toolbox item; dropped into a new flowchart, connected and published, its run starts the child whose review task waits.
/// </summary>
public sealed partial class StudioJourneyTests
{
    [Fact]
    public async Task Underwriter_DropsTheReferralApprovalNode_SavedWithItsDefinitionAndTheRunsChildTaskWaits()
    {
        var page = await SignInAsync(browser.Browser, App, "underwriter");
        await page.SetViewportSizeAsync(1920, 1080);
        var problems = CollectProblems(page);
        var reference = $"journey referral {Guid.NewGuid():N}"[..27];

        await CreateInDialogAsync(page);
        var definitionId = page.Url.Split('/')[^1];
        await page.Locator(".x6-graph").WaitForAsync(new() { Timeout = 60_000 });
        await DropAsync(page, "Flow", "Start", 80, 200);
        await DropAsync(page, "Approvals", "Referral approval", 380, 200);
        await DropAsync(page, "Flow", "Finish", 700, 200);
        var dropped = await SavedAsync(definitionId, d => Activities(d).Count == 3, "the three drops");
        string Of(Func<JsonNode, bool> match) => Activities(dropped).Single(a => match(a!))!["id"]!.ToString();
        var start = Of(a => a["type"]!.ToString() == "Elsa.Start");
        var finish = Of(a => a["type"]!.ToString() == "Elsa.Finish");
        var referral = Of(a => a["workflowDefinitionId"]?.ToString() == "referral-approval");

        foreach (var (from, to) in new[] { (start, referral), (referral, finish) })
        {
            await ConnectUntilSavedAsync(page, definitionId, from, "Done", to);
        }

        // The node's declared input, as the sub-flow's task subject shows it.
        await page.Locator($".x6-node[data-cell-id=\"{referral}\"]").ClickAsync();
        await FillUntilSavedAsync(page, definitionId, page.Locator(".mud-input-control").Filter(new() { HasText = "Reference" }).Locator("input, textarea").First,
            reference, d => Literal(ActivityById(d, referral), "reference") == reference, $"the reference on {referral}");

        var saved = await QuietLatestAsync(definitionId);
        var node = ActivityById(saved, referral);
        Assert.Equal(("ReferralApproval", "referral-approval", "referral-approval-v3", 3),
            (node["type"]!.ToString(), node["workflowDefinitionId"]!.ToString(), node["workflowDefinitionVersionId"]?.ToString(), node["version"]!.GetValue<int>()));

        await PublishAsync(page, App, definitionId);
        await ClickUntilAsync(page.Locator(".mud-toolbar button.mud-success-text").First,
            () => page.WaitForURLAsync("**/studio/instances/*", new() { Timeout = 30_000 }));
        var instanceId = Guid.Parse(page.Url.Split('/')[^1]);

        // The child's review waits in the underwriter's work; the parent waits on it.
        await page.GotoAsync(App.BaseUrl + "/");
        await page.Locator("#my-work tr").Filter(new() { HasText = reference }).WaitForAsync(new() { Timeout = 60_000 });
        var task = await App.WithDbAsync(db => db.WorkTasks.SingleAsync(t => t.Subject.Contains(reference)));
        var child = await App.WithDbAsync(db => db.Set<WorkflowInstanceRecord>().SingleAsync(i => i.Id == task.WorkflowInstanceId));
        var client = await ApiClients.ForAsync(App, "underwriter");
        var parent = await client.GetFromJsonAsync<JsonNode>($"/elsa/api/workflow-instances/{instanceId}");
        Assert.Equal(("ReferralReview", WorkTaskStatus.Open, "Underwriter"), (task.Kind, task.Status, task.AssigneeRole));
        Assert.Equal("referral-approval", child.DefinitionId);
        Assert.Contains(instanceId.ToString(), child.StateJson, StringComparison.OrdinalIgnoreCase); // the child names its parent
        Assert.Equal("Suspended", parent!["subStatus"]!.GetValue<string>());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
