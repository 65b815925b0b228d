using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using static Claims.Tests.Builders.ClaimScenarios;

namespace Claims.Tests.Web;

/// <summary>Survey findings against the agent's attested disclosure, through the API on the shipped workflows.</summary>
public sealed class DisclosureFindingsTests(DemoClaimsFixture fixture) : IClassFixture<DemoClaimsFixture>
{
    private readonly ClaimsAppFactory _app = fixture.App;

    [Fact]
    public async Task Findings_ContradictingAttestedDisclosure_CountedOnTheClaim()
    {
        var (agent, adjuster) = (await ApiClients.ForAsync(_app, "agent"), await ApiClients.ForAsync(_app, "adjuster"));
        // Disclosed: every prior claim declared, not modified, no commercial use, no other drivers, never refused.
        var policyId = await ProposalScenarios.IssuedPolicyAsync(agent, new
        {
            priorClaims = "Yes", modifications = "No", commercialUse = "No", otherDrivers = "No", previousRefusals = "No", attested = true,
        });
        var number = await InForceSinceLastMonthAsync(_app, policyId);
        var id = await SurveyingClaimAsync(adjuster, number);

        var response = await adjuster.PutAsJsonAsync($"/api/claims/{id}/findings",
            new { modified = false, commercialUse = true, unnamedDriver = true, undeclaredPriorClaims = false, previousRefusal = false });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(response.IsSuccessStatusCode, body.ToString());
        Assert.True(body.GetProperty("hasDisclosure").GetBoolean());
        Assert.Equal(["commercialUse", "otherDrivers"], body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()));
        var claim = await ClaimAsync(adjuster, id);
        Assert.Equal(2, claim.GetProperty("findings").GetProperty("contradictions").GetInt32());
        Assert.Equal(2, await _app.WithDbAsync(db => db.Claims.Where(c => c.Id == id).Select(c => c.DisclosureContradictions).SingleAsync()));
    }

    [Fact]
    public async Task Findings_RecordedAgainWithoutTheFacts_ContradictionsCleared()
    {
        var (agent, adjuster) = (await ApiClients.ForAsync(_app, "agent"), await ApiClients.ForAsync(_app, "adjuster"));
        var policyId = await ProposalScenarios.IssuedPolicyAsync(agent, ProposalRequests.FullDisclosure());
        var id = await SurveyingClaimAsync(adjuster, await InForceSinceLastMonthAsync(_app, policyId));

        (await adjuster.PutAsJsonAsync($"/api/claims/{id}/findings", new { modified = true })).EnsureSuccessStatusCode();
        var first = await _app.WithDbAsync(db => db.Claims.Where(c => c.Id == id).Select(c => c.ContradictedItems).SingleAsync());
        (await adjuster.PutAsJsonAsync($"/api/claims/{id}/findings", new { modified = false })).EnsureSuccessStatusCode();

        Assert.Equal("modifications", first);
        Assert.Equal(0, (await ClaimAsync(adjuster, id)).GetProperty("findings").GetProperty("contradictions").GetInt32());
    }

    [Fact]
    public async Task Findings_PolicyWithoutDisclosure_RecordedWithNothingToContradict()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var id = await SurveyingClaimAsync(adjuster, (await PolicyAsync(_app, 7)).Number);

        var body = await (await adjuster.PutAsJsonAsync($"/api/claims/{id}/findings", new { commercialUse = true })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.False(body.GetProperty("hasDisclosure").GetBoolean());
        Assert.Equal(0, body.GetProperty("contradictions").GetInt32());
    }

    [Fact]
    public async Task Findings_ByAnotherAdjusterOrAfterSubmission_Refused()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var other = await ApiClients.ForAsync(_app, "adjuster.bj");
        var id = await SurveyingClaimAsync(adjuster, (await PolicyAsync(_app, 8)).Number);

        var foreign = await other.PutAsJsonAsync($"/api/claims/{id}/findings", new { modified = true });
        var part = (await PartsAsync(_app, await PolicyAsync(_app, 8))).First();
        (await adjuster.PutAsJsonAsync($"/api/claims/{id}/estimate", new
        {
            shopClass = "Class1", lines = new object[] { new { kind = "Part", partNumber = part.PartNumber, channel = "FourS", quantity = 1 } },
        })).EnsureSuccessStatusCode();
        (await adjuster.PostAsync($"/api/claims/{id}/estimate/submit", null)).EnsureSuccessStatusCode();
        await Eventually.WaitAsync(() => ClaimAsync(adjuster, id), c => c.GetProperty("status").GetString() != "Surveying", what: "the survey to end");
        var late = await adjuster.PutAsJsonAsync($"/api/claims/{id}/findings", new { modified = true });

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("application/problem+json", late.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Claims.Where(c => c.Id == id).Select(c => c.DisclosureContradictions).SingleAsync()));
    }

    private static async Task<Guid> SurveyingClaimAsync(HttpClient adjuster, string policyNumber)
    {
        var response = await ReportAsync(adjuster, policyNumber, DateTimeOffset.UtcNow.AddDays(-1));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        var id = body.GetProperty("id").GetGuid();
        await StatusAsync(adjuster, id, "Surveying");
        return id;
    }
}
