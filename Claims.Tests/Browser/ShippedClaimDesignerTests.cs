using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Claims.Tests.Browser.StudioPages;

namespace Claims.Tests.Browser;

/// <summary>An underwriter changes the shipped motor-claim workflow in Elsa Studio; the next claim runs the new version.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ShippedClaimDesignerTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest, IDisposable
{
    private readonly LiveAppHost _app = new();

    private const string FindEdge = """
        ([from, to]) => {
          const centre = el => { const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; };
          const src = centre(document.querySelector(`.x6-node[data-cell-id="${from}"] .x6-port-body[port="Done"]`));
          const dst = centre(document.querySelector(`.x6-node[data-cell-id="${to}"] .x6-port-body[port="In"]`));
          let best = null, score = Infinity;
          for (const edge of document.querySelectorAll('.x6-edge')) {
            const path = [...edge.querySelectorAll('path')].sort((a, b) => b.getTotalLength() - a.getTotalLength())[0];
            const length = path.getTotalLength(), m = path.getScreenCTM();
            const at = d => { const q = path.getPointAtLength(d); const p = new DOMPoint(q.x, q.y).matrixTransform(m); return { x: p.x, y: p.y }; };
            const a = at(0), b = at(length);
            const d = Math.hypot(a.x - src.x, a.y - src.y) + Math.hypot(b.x - dst.x, b.y - dst.y);
            if (d < score) { score = d; best = { id: edge.getAttribute('data-cell-id'), points: [0.1, 0.2, 0.3, 0.5].map(f => at(length * f)) }; }
          }
          return best;
        }
        """;

    [Fact]
    public async Task Underwriter_ReroutesRejectionThroughANewActivity_NextClaimRunsTheNewVersion()
    {
        var shipped = await _app.WithDbAsync(db => db.Set<WorkflowDefinitionRecord>()
            .Where(r => r.DefinitionId == "motor-claim" && r.IsPublished).Select(r => r.Version).SingleAsync());
        var page = await SignInAsync(browser.Browser, _app, "underwriter");
        await OpenDesignerAsync(page, _app, "motor-claim");

        // Our categories are in the toolbox.
        foreach (var category in new[] { "Claims", "Policy", "Flow", "Tasks" })
        {
            await page.GetByText(category, new() { Exact = true }).First.WaitForAsync();
        }

        // Fit the whole flowchart in view, then take the rejection's edge to Finish away with its remove button.
        await page.Locator(".mud-toolbar button").First.ClickAsync();
        await page.WaitForTimeoutAsync(500);
        var before = await NodeIdsAsync(page);
        var edge = await page.EvaluateAsync<JsonElement>(FindEdge, new[] { "reject", "end" });
        var edgeId = edge.GetProperty("id").GetString();
        foreach (var point in edge.GetProperty("points").EnumerateArray())
        {
            await page.Mouse.MoveAsync(point.GetProperty("x").GetSingle(), point.GetProperty("y").GetSingle(), new() { Steps = 3 });
            var remove = page.Locator($".x6-edge[data-cell-id='{edgeId}'] .x6-cell-tool-button, .x6-cell-tool-button");
            if (await remove.CountAsync() > 0)
            {
                await remove.First.ClickAsync(new() { Force = true });
                break;
            }
        }

        await page.Locator($".x6-edge[data-cell-id='{edgeId}']").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 10_000 });

        // Drag a Finish from the Flow group next to RejectClaim and connect RejectClaim's Done port to it.
        await page.GetByText("Flow", new() { Exact = true }).First.ClickAsync();
        var reject = (await page.Locator(".x6-node[data-cell-id='reject']").BoundingBoxAsync())!;
        var finish = page.Locator("[draggable=true]").Filter(new() { HasText = "Finish" }).First;
        await finish.DragToAsync(page.Locator(".x6-graph"), new()
        {
            TargetPosition = new TargetPosition { X = reject.X + reject.Width + 80 - (await GraphBoxAsync(page)).X, Y = reject.Y + 90 - (await GraphBoxAsync(page)).Y },
        });
        await Eventually.WaitAsync(() => NodeIdsAsync(page), ids => ids.Length == before.Length + 1, TimeSpan.FromSeconds(15), "the new node");
        var added = (await NodeIdsAsync(page)).Except(before).Single();
        await DragAsync(page,
            page.Locator(".x6-node[data-cell-id='reject'] .x6-port-body[port=Done]"),
            page.Locator($".x6-node[data-cell-id='{added}'] .x6-port-body[port=In]"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("motor-claim-rerouted.png") });

        // Auto-save stores the change as the next draft version; publishing makes it the version new claims use.
        await Eventually.WaitAsync(() => ConnectionsAsync("motor-claim"), c => c.Contains($"reject:Done->{added}") && !c.Contains("reject:Done->end"), TimeSpan.FromSeconds(20), "the saved draft");
        var published = await PublishAsync(page, _app, "motor-claim");
        Assert.Equal(shipped + 1, published["version"]!.GetValue<int>());

        // The next claim, reported for a loss before the policy started, runs the new version and ends at the new node.
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var policy = await ClaimScenarios.PolicyAsync(_app, 7);
        var response = await ClaimScenarios.ReportAsync(adjuster, policy.Number, new DateTimeOffset(policy.StartDate.AddDays(-3).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var claimId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var instance = await db.Set<WorkflowInstanceRecord>().SingleAsync(i => i.CorrelationId!.EndsWith(claimId.ToString()));
        var journal = await db.Set<JournalRecord>().Where(j => j.WorkflowInstanceId == instance.Id).Select(j => new { j.ActivityId, j.EventName }).ToListAsync();
        output.WriteLine(string.Join(" → ", journal.Select(j => $"{j.ActivityId}:{j.EventName}")));
        Assert.Equal(shipped + 1, instance.DefinitionVersion);
        Assert.Contains(journal, j => j.ActivityId == added && j.EventName == "Completed");
        Assert.DoesNotContain(journal, j => j.ActivityId == "end");
    }

    private static Task<string[]> NodeIdsAsync(IPage page) =>
        page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.x6-node')].map(n => n.getAttribute('data-cell-id'))");

    private static async Task<LocatorBoundingBoxResult> GraphBoxAsync(IPage page) => (await page.Locator(".x6-graph").BoundingBoxAsync())!;

    private static async Task DragAsync(IPage page, ILocator from, ILocator to)
    {
        var a = (await from.BoundingBoxAsync())!;
        var b = (await to.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(a.X + a.Width / 2, a.Y + a.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(b.X + 2, b.Y + 2, new() { Steps = 10 });
        await page.Mouse.MoveAsync(b.X + b.Width / 2, b.Y + b.Height / 2, new() { Steps = 5 });
        await page.Mouse.UpAsync();
    }

    private async Task<string> ConnectionsAsync(string definitionId)
    {
        var latest = await LatestAsync(_app, definitionId);
        return string.Join(",", latest["root"]!["connections"]!.AsArray().Select(c =>
            $"{c!["source"]!["activity"]}:{c["source"]!["port"]}->{c["target"]!["activity"]}"));
    }

    public void Dispose() => _app.Dispose();
}
