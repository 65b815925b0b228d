using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Reinspections;
using Microsoft.EntityFrameworkCore;
using static Claims.Tests.Builders.ClaimScenarios;
using static Claims.Tests.Builders.ReinspectionScenarios;

namespace Claims.Tests.Web;

/// <summary>The hostile values issue 15 found answering 500 (or stored): each now a 4xx problem, and nothing written.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly LiveAppHost _app = new(kestrel: false);

    [Theory]
    [InlineData("/api/claims", "{\"policyNumber\":\"P-1\",\"policyNumber\":\"P-2\"}")]
    [InlineData("/elsa/api/workflow-definitions", "{\"model\":{\"definitionId\":\"a\",\"definitionId\":\"b\"}}")]
    [InlineData("/api/workflow-messages", "{\"name\":\"Paid\",\"correlationId\":\"claim:C-1\",\"payload\":{\"a\":1,\"a\":2}}")]
    public async Task JsonBody_DuplicateKey_Answers400(string path, string json)
    {
        var response = await (await ApiClients.ForAllRolesAsync(_app)).PostAsync(path, Json(json));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "appears twice");
    }

    [Theory]
    [InlineData("/api/tasks/0195b3a4-0000-7000-8000-000000000001/complete", "{\"outcome\":\"Done\",\"data\":{\"comment\":\"\\ud800\"}}")]
    [InlineData("/api/workflow-messages", "{\"name\":\"Paid\",\"correlationId\":\"claim:C-1\",\"payload\":{\"note\":\"a\\udc00b\"}}")]
    [InlineData("/api/claims", "{\"\\ud83d\":1}")]
    public async Task JsonBody_LoneSurrogate_Answers400(string path, string json)
    {
        var response = await (await ApiClients.ForAllRolesAsync(_app)).PostAsync(path, Json(json));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "not valid Unicode");
    }

    [Fact]
    public async Task JsonBody_DeeperThan64_Answers400()
    {
        var json = string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200);

        var response = await (await ApiClients.ForAllRolesAsync(_app)).PostAsync("/api/workflow-messages", Json(json));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "depth");
    }

    [Fact]
    public async Task JsonBody_OneMegabyteString_Answers413AndWritesNothing()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var policy = await PolicyAsync(_app, 3);
        var before = await _app.WithDbAsync(db => db.Claims.CountAsync());
        var body = JsonSerializer.Serialize(new { policyNumber = policy.Number, lossAt = DateTimeOffset.UtcNow.AddDays(-1), lossPlace = new string('x', 1 << 20) });

        var response = await adjuster.PostAsync("/api/claims", Json(body));

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "larger than");
        Assert.Equal(before, await _app.WithDbAsync(db => db.Claims.CountAsync()));
    }

    [Fact]
    public async Task Estimate_NullLineAndLongShopName_Answer400NamingTheFields()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var policy = await PolicyAsync(_app, 4);
        var id = (await (await ReportAsync(adjuster, policy.Number, DateTimeOffset.UtcNow.AddDays(-1))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var version = await _app.WithDbAsync(db => db.Claims.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());

        var nullLine = await adjuster.PutAsync($"/api/claims/{id}/estimate", Json("{\"shopClass\":\"Class1\",\"lines\":[null]}"));
        var longShop = await adjuster.PutAsJsonAsync($"/api/claims/{id}/estimate", new { shopClass = "Class1", repairShop = new string('s', 101), lines = Array.Empty<object>() });

        await AssertProblemAsync(nullLine, HttpStatusCode.BadRequest, "lines[0]");
        await AssertProblemAsync(longShop, HttpStatusCode.BadRequest, "repairShop");
        Assert.Equal(version, await _app.WithDbAsync(db => db.Claims.Where(c => c.Id == id).Select(c => c.Version).SingleAsync()));
    }

    [Theory]
    [InlineData("to=9999-12-31")]
    [InlineData("from=0001-01-01")]
    [InlineData("from=2026-01-01&to=2025-01-01")]
    public async Task KpiRange_OutsideTheCenturiesOrBackwards_Answers400(string query)
    {
        var manager = await ApiClients.ForAsync(_app, "manager");

        var api = await manager.GetAsync($"/api/kpis/agents?{query}");
        var page = await manager.GetAsync($"/Dashboard?{query.Replace("from", "From").Replace("to", "To")}");

        await AssertProblemAsync(api, HttpStatusCode.BadRequest, "period");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Showing the last 12 months", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReEstimate_UnitPriceBeyondDecimal18_Answers400WritesNothingAndAuditStillReads()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var reinspector = await ApiClients.ForAsync(_app, "reinspector");
        var claim = await CloseFourSClaimAsync(_app, adjuster, 6, "Hostile Motors 4S");
        var auditId = await AuditIdAsync(_app, claim.ClaimId);
        await TaskAsync(reinspector, auditId, ReinspectionTasks.ReEstimate);
        var before = await _app.WithDbAsync(db => db.ReinspectionAudits.Where(a => a.Id == auditId).Select(a => a.Version).SingleAsync());

        var huge = await reinspector.PutAsync($"/api/reinspections/{auditId}/re-estimate",
            Json("{\"lines\":[{\"index\":0,\"unitPrice\":79228162514264337593543950335,\"finding\":\"PriceAboveCatalogue\"}]}"));
        var nullLine = await reinspector.PutAsync($"/api/reinspections/{auditId}/re-estimate", Json("{\"lines\":[null]}"));
        var longNote = await reinspector.PutAsJsonAsync($"/api/reinspections/{auditId}/re-estimate",
            new { lines = new[] { new { index = 0, note = new string('n', 501) } } });

        await AssertProblemAsync(huge, HttpStatusCode.BadRequest, "lines[0]");
        await AssertProblemAsync(nullLine, HttpStatusCode.BadRequest, "lines[0]");
        await AssertProblemAsync(longNote, HttpStatusCode.BadRequest, "lines[0].note");
        Assert.Equal(before, await _app.WithDbAsync(db => db.ReinspectionAudits.Where(a => a.Id == auditId).Select(a => a.Version).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await reinspector.GetAsync($"/api/reinspections/{auditId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reinspector.GetAsync($"/Reinspections/{auditId}")).StatusCode);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected, string mentions)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(mentions, body, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _app.Dispose();
}
