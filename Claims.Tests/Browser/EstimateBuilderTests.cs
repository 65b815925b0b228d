using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Domain.Common;
using Claims.Domain.Estimates;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Claims.Tests.Builders.ClaimScenarios;

namespace Claims.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class EstimateBuilderTests(BrowserFixture browser) : BrowserTest, IDisposable
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");
    private readonly LiveAppHost _app = new();

    [Fact]
    public async Task EstimateBuilder_AdjusterAddsPartAndStandardLabour_SeesTotalAndSubmits()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var policy = await PolicyAsync(_app, 0);
        var reported = await (await ReportAsync(adjuster, policy.Number, DateTimeOffset.UtcNow.AddHours(-3))).Content.ReadFromJsonAsync<JsonElement>();
        var id = reported.GetProperty("id").GetGuid();
        var bumper = (await PartsAsync(_app, policy)).First(p => p.Position == "BUMPER_FRONT");
        var (hours, rate) = await _app.WithDbAsync(async db =>
        {
            var band = await db.VehicleModels.Where(m => m.Code == policy.ModelCode).Select(m => m.Band).SingleAsync();
            var h = await db.LabourStandards.Where(s => s.RegionCode == "SH" && s.Band == band && s.Position == "BUMPER_FRONT" && s.WorkType == WorkType.Replace).Select(s => s.Hours).SingleAsync();
            var r = await db.HourlyRates.Where(x => x.RegionCode == "SH" && x.ShopClass == ShopClass.Class1).Select(x => x.Rate).SingleAsync();
            return (h, r);
        });
        // Gross = the 4S catalogue price + standard hours × the Class 1 rate, the labour line rounded once.
        var gross = (bumper.Price + Money.Of(hours * rate).Amount).ToString("N2", Us);
        var page = await browser.Browser.NewPageAsync();
        await _app.SignInAsync(page, "adjuster");

        await page.GotoAsync($"{_app.BaseUrl}/Claims/{id}/Estimate");
        await page.FillAsync("#part-search", "Front bumper cov");
        await page.ClickAsync("#part-results tr.part-result button.add-part >> nth=0");
        await page.SelectOptionAsync("#labour-position", "BUMPER_FRONT");
        await page.SelectOptionAsync("#labour-work", "Replace");
        await page.ClickAsync("#add-labour");
        await WaitForTextAsync(page, "total-gross", gross);
        await page.FillAsync("tr.line-labour input.line-hours", "0");
        await page.WaitForSelectorAsync("#estimate-errors:not([hidden])");
        var error = await page.TextContentAsync("#estimate-errors");
        await page.FillAsync("tr.line-labour input.line-hours", hours.ToString(CultureInfo.InvariantCulture));
        await page.WaitForSelectorAsync("#estimate-errors", new PageWaitForSelectorOptions { State = WaitForSelectorState.Hidden });
        await WaitForTextAsync(page, "total-gross", gross);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ArtifactPath("estimate-builder.png"), FullPage = true });
        await page.ClickAsync("#submit-estimate");
        await page.WaitForSelectorAsync("#claim-status");

        Assert.Contains("lines[1].hours", error);
        var closed = await ExportedAndClosedAsync(_app, adjuster, id);
        Assert.Equal(bumper.Price, closed.GetProperty("estimate").GetProperty("totals").GetProperty("parts").GetDecimal());
        Assert.Equal(gross, closed.GetProperty("estimate").GetProperty("totals").GetProperty("gross").GetDecimal().ToString("N2", Us));
    }

    [Fact]
    public async Task EstimatePage_AdjusterRecordsCommercialUse_ContradictionOfDisclosureShown()
    {
        var (agent, adjuster) = (await ApiClients.ForAsync(_app, "agent"), await ApiClients.ForAsync(_app, "adjuster"));
        var policyId = await ProposalScenarios.IssuedPolicyAsync(agent, ProposalRequests.FullDisclosure());
        var number = await InForceSinceLastMonthAsync(_app, policyId);
        var id = (await (await ReportAsync(adjuster, number, DateTimeOffset.UtcNow.AddDays(-1))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await StatusAsync(adjuster, id, "Surveying");
        var page = await browser.Browser.NewPageAsync();
        await _app.SignInAsync(page, "adjuster");

        await page.GotoAsync($"{_app.BaseUrl}/Claims/{id}/Estimate");
        await page.CheckAsync("#Findings_CommercialUse");
        await page.ClickAsync("#record-findings");
        var result = await page.TextContentAsync("#findings-result");
        var ticked = await page.IsCheckedAsync("#Findings_CommercialUse");
        await page.GotoAsync($"{_app.BaseUrl}/Claims/{id}");
        var detail = await page.TextContentAsync("#disclosure-check");

        Assert.Contains("1 disclosure answer(s) contradicted: commercialUse (disclosed No, found the vehicle is used commercially)", result);
        Assert.True(ticked);
        Assert.Equal("1 answer(s) contradicted: commercialUse", detail);
    }

    private static Task WaitForTextAsync(IPage page, string id, string text) =>
        page.WaitForFunctionAsync("([id, text]) => document.getElementById(id).textContent === text", new[] { id, text });


    public void Dispose() => _app.Dispose();
}
