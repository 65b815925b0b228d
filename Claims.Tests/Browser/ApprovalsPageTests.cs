using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Microsoft.Playwright;
using static Claims.Tests.Builders.ClaimScenarios;
using static Claims.Tests.Builders.MoneyScenarios;

namespace Claims.Tests.Browser;

/// <summary>The senior's approval queue: a reserve change above the adjuster's authority, refused without a reason, then approved.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApprovalsPageTests(BrowserFixture browser) : BrowserTest, IDisposable
{
    private readonly LiveAppHost _app = new();

    [Fact]
    public async Task Approvals_SeniorRefusesWithoutReasonThenApproves_ReserveRaisedBySenior()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var policy = await PolicyAsync(_app, 2);
        var id = (await (await ReportAsync(adjuster, policy.Number, DateTimeOffset.UtcNow.AddDays(-1))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var raise = await adjuster.PostAsJsonAsync($"/api/claims/{id}/reserves", new { category = "ThirdPartyProperty", reserve = 45_000m, reason = "Other car written off" });
        Assert.Equal(HttpStatusCode.Accepted, raise.StatusCode);
        await OpenTaskAsync(_app, id, "ReserveApproval");
        var number = (await ClaimAsync(adjuster, id)).GetProperty("number").GetString()!;
        var page = await browser.Browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { errors.Add(m.Text); } };
        await _app.SignInAsync(page, "senior.adjuster");

        await page.ClickAsync("#nav-approvals");
        var row = page.Locator($"#approvals tr[data-claim='{number}']");
        var requested = await row.Locator("td.requested").TextContentAsync();
        await row.Locator("button[value=Decline]").ClickAsync();
        await page.WaitForSelectorAsync("p.error");
        var refused = await page.TextContentAsync("p.error");
        await row.Locator("textarea[name=Comment]").FillAsync("Photos show a repairable door; approved as asked after the call.");
        await row.Locator("button[value=Approve]").ClickAsync();
        await page.WaitForSelectorAsync("#approval-done");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ArtifactPath("reserve-approvals.png"), FullPage = true });

        Assert.Equal("45,000.00", requested);
        Assert.Contains("Say why the reserve change is refused", refused);
        var money = await Eventually.WaitAsync(() => FinancialsAsync(adjuster, id), f => Category(f, "ThirdPartyProperty", "reserve") == 45_000m, TimeSpan.FromSeconds(30), "the approved reserve");
        Assert.Contains(money.GetProperty("ledger").EnumerateArray(), l => l.GetProperty("by").GetString() == "senior.adjuster"
            && l.GetProperty("reason").GetString()!.Contains("approved: Photos show a repairable door", StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator($"#approvals tr[data-claim='{number}']").CountAsync());
        Assert.Empty(errors);
    }

    public void Dispose() => _app.Dispose();
}
