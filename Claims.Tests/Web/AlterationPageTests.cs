using System.Net;
using System.Text.RegularExpressions;
using Claims.Domain.Common;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Tests.Workflows;
using static Claims.Tests.Workflows.EngineHosting;

namespace Claims.Tests.Web;

/// <summary>/Admin/Alterations through the sign-in cookie and its forms, as a browser posts them.</summary>
public sealed partial class AlterationPageTests : IAsyncDisposable
{
    private readonly ClaimsAppFactory _app = ClaimsAppFactory.WithSqlite();

    [Fact]
    public async Task AlterationsPage_AdminMapsDryRunsAndSubmits_PlanCompletesWithResults()
    {
        await PublishAsync(_app, AlterationTests.Version(1));
        var api = await ApiClients.ForRolesAsync(_app, "admin.alter", Roles.Admin);
        await StartAsync(api, "moving", new { input = new { claimant = "A" } });
        await PublishAsync(_app, AlterationTests.Version(2));
        var browser = _app.CreateClient();
        await CookieClients.PostLoginAsync(browser, "admin.alter");
        var form = new Dictionary<string, string>
        {
            ["DefinitionId"] = "moving", ["FromVersion"] = "1", ["Status"] = "Suspended", ["Kind"] = "Migrate", ["TargetVersion"] = "2",
            ["__RequestVerificationToken"] = CookieClients.FormToken(await browser.GetStringAsync("/Admin/Alterations")),
        };

        var unmapped = await PostAsync(browser, "DryRun", form);
        form["Map[review]"] = "review2";
        form["__RequestVerificationToken"] = CookieClients.FormToken(unmapped);
        var mapped = await PostAsync(browser, "DryRun", form);
        form["__RequestVerificationToken"] = CookieClients.FormToken(mapped);
        var submitted = await PostAsync(browser, "Submit", form);
        var planId = PlanId().Match(submitted).Groups[1].Value;
        var finished = await Eventually.WaitAsync(() => browser.GetStringAsync($"/Admin/Alterations?planId={planId}"),
            html => html.Contains("data-status=\"Completed\""), TimeSpan.FromSeconds(30), "the plan to complete");

        Assert.Contains("<strong>1</strong> instance(s) match; <strong>0</strong> can be altered", unmapped);
        Assert.Contains("name=\"Map[start]\" data-from=\"start\" value=\"start\"", unmapped); // prefilled where the ids match
        Assert.Contains("<strong>1</strong> can be altered", mapped);
        Assert.Contains("id=\"plan-progress\"", submitted);
        Assert.Contains("Migrated from version 1 to 2", finished);
        Assert.Contains("<progress id=\"plan-progress\" max=\"1\" value=\"1\">", finished);
    }

    private static async Task<string> PostAsync(HttpClient browser, string handler, Dictionary<string, string> form)
    {
        var response = await browser.PostAsync($"/Admin/Alterations?handler={handler}", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("data-plan-id=\"([0-9a-f-]+)\"")]
    private static partial Regex PlanId();

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
