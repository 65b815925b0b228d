using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Features.PolicyUnderwriting.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Claims.Tests.Builders.ProposalScenarios;

namespace Claims.Tests.Web;

/// <summary>Demo data (users, agent link, tariff, models, form ranges) on one app for the class.</summary>
public sealed class PoliciesAppFixture : IDisposable
{
    public LiveAppHost App { get; } = new(kestrel: false);

    public void Dispose() => App.Dispose();
}

/// <summary>Policy underwriting through the API and the task API, as agent and underwriters use it.</summary>
public sealed class ProposalApiTests(PoliciesAppFixture fixture) : IClassFixture<PoliciesAppFixture>
{
    private LiveAppHost App => fixture.App;

    [Fact]
    public async Task Proposal_YoungDriverHighValueCar_ReferredToSeniorAndIssuedOnlyAfterTheirDecision()
    {
        var agent = await ApiClients.ForAsync(App, "agent");
        var underwriter = await ApiClients.ForAsync(App, "underwriter");
        var senior = await ApiClients.ForAsync(App, "senior.underwriter");
        var id = await SubmitAsync(agent, ProposalRequests.Plain(age: 22, model: "PORSCHE-CAYENNE", sumInsured: 450_000m));

        await CompleteAsync(agent, await TaskOfKindAsync(agent, id, "AgentDisclosure"), "Submit", ProposalRequests.FullDisclosure());
        var review = await TaskOfKindAsync(agent, id, "UnderwritingReview");
        var referred = await ProposalAsync(agent, id);
        var notTheirs = await underwriter.PostAsJsonAsync($"/api/tasks/{review}/complete", new { outcome = "Accept", data = new { reason = "ok" } });
        await CompleteAsync(senior, review, "Accept", new { decision = "Load", loadingPercent = 20, reason = "Young driver on a high-value car" });
        var issued = await Eventually.WaitAsync(() => ProposalAsync(agent, id), p => p.GetProperty("status").GetString() == "Issued", what: "the policy");
        var policy = await agent.GetFromJsonAsync<JsonElement>($"/api/policies/{issued.GetProperty("policyId").GetGuid()}");

        Assert.Equal(("Referred", "SeniorUnderwriter"), (referred.GetProperty("status").GetString(), referred.GetProperty("reviewLevel").GetString()));
        Assert.Equal(JsonValueKind.Null, referred.GetProperty("policyId").ValueKind);
        Assert.Equal(["HighValueVehicle", "YoungDriver"], referred.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("kind").GetString()));
        Assert.Equal("SeniorUnderwriter", referred.GetProperty("task").GetProperty("assigneeRole").GetString());
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        var rated = issued.GetProperty("ratedPremium").GetDecimal();
        Assert.Equal(Math.Round(rated * 1.20m, 2, MidpointRounding.AwayFromZero), policy.GetProperty("premium").GetDecimal());
        Assert.Matches("^PF\\d{8}$", policy.GetProperty("number").GetString());
        Assert.Equal("Load", issued.GetProperty("decisions")[0].GetProperty("kind").GetString());
        Assert.Equal("senior.underwriter", issued.GetProperty("decisions")[0].GetProperty("by").GetString());
        Assert.True(await OutboxHasAsync(nameof(PolicyIssued), policy.GetProperty("number").GetString()!));
    }

    [Fact]
    public async Task Disclosure_Incomplete_Answers400ListingMissingItems()
    {
        var agent = await ApiClients.ForAsync(App, "agent");
        var id = await SubmitAsync(agent, ProposalRequests.Plain());
        var task = await TaskOfKindAsync(agent, id, "AgentDisclosure");

        var response = await agent.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "Submit", data = new { priorClaims = "No", commercialUse = "Yes" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["modifications", "otherDrivers", "previousRefusals", "attested"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal("AgentDisclosure", (await ProposalAsync(agent, id)).GetProperty("task").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Proposal_CommissionOverCap_RaisesIssueReferredUpThenDeclineRecordsReason()
    {
        var agent = await ApiClients.ForAsync(App, "agent");
        var underwriter = await ApiClients.ForAsync(App, "underwriter");
        var senior = await ApiClients.ForAsync(App, "senior.underwriter");
        var id = await SubmitAsync(agent, ProposalRequests.Plain(commission: 28m));
        await CompleteAsync(agent, await TaskOfKindAsync(agent, id, "AgentDisclosure"), "Submit", ProposalRequests.FullDisclosure());

        var first = await TaskOfKindAsync(agent, id, "UnderwritingReview");
        var atUnderwriter = await ProposalAsync(agent, id);
        var noReason = await underwriter.PostAsJsonAsync($"/api/tasks/{first}/complete", new { outcome = "ReferUp", data = new { reason = " " } });
        await CompleteAsync(underwriter, first, "ReferUp", new { reason = "Commission terms need a senior's view" });
        var second = await Eventually.WaitAsync(() => ProposalAsync(agent, id), p => p.GetProperty("task") is { ValueKind: JsonValueKind.Object } t && t.GetProperty("id").GetGuid() != first, what: "the senior task");
        await CompleteAsync(senior, second.GetProperty("task").GetProperty("id").GetGuid(), "Decline", new { reason = "Commission of 28% is not acceptable for this risk" });
        var declined = await Eventually.WaitAsync(() => ProposalAsync(agent, id), p => p.GetProperty("status").GetString() == "Declined", what: "the decline");

        var issue = Assert.Single(atUnderwriter.GetProperty("issues").EnumerateArray());
        Assert.Equal(("CommissionOverCap", 28m), (issue.GetProperty("kind").GetString(), issue.GetProperty("value").GetDecimal()));
        Assert.Equal("Underwriter", atUnderwriter.GetProperty("task").GetProperty("assigneeRole").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("SeniorUnderwriter", second.GetProperty("task").GetProperty("assigneeRole").GetString());
        Assert.Equal("Commission of 28% is not acceptable for this risk", declined.GetProperty("declineReason").GetString());
        Assert.Equal(["ReferUp", "Decline"], declined.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("kind").GetString()));
        Assert.Equal(JsonValueKind.Null, declined.GetProperty("task").ValueKind);
    }

    [Fact]
    public async Task Proposal_ReferredUpTwice_HeadOfficeRaisesExcessAndPolicyCarriesIt()
    {
        var agent = await ApiClients.ForAsync(App, "agent");
        var id = await SubmitAsync(agent, ProposalRequests.Plain(commission: 27m));
        await CompleteAsync(agent, await TaskOfKindAsync(agent, id, "AgentDisclosure"), "Submit", ProposalRequests.FullDisclosure());

        var roles = new List<string?>();
        foreach (var (user, outcome, data) in new (string, string, object)[]
        {
            ("underwriter", "ReferUp", new { reason = "Above my comfort" }),
            // From v3 the senior reviews in the referral-approval sub-flow, whose task names referring up "Refer".
            ("senior.underwriter", "Refer", new { reason = "Head office sets commission exceptions" }),
            ("headoffice.underwriter", "Accept", new { decision = "RaiseExcess", excess = 3000, reason = "Accept with a higher excess" }),
        })
        {
            var p = await Eventually.WaitAsync(() => ProposalAsync(agent, id),
                p => p.GetProperty("task") is { ValueKind: JsonValueKind.Object } t && t.GetProperty("kind").GetString() is "UnderwritingReview" or "ReferralReview" or "ReferralSeniorReview" && !roles.Contains(t.GetProperty("assigneeRole").GetString()),
                what: $"the review for {user}");
            roles.Add(p.GetProperty("task").GetProperty("assigneeRole").GetString());
            await CompleteAsync(await ApiClients.ForAsync(App, user), p.GetProperty("task").GetProperty("id").GetGuid(), outcome, data);
        }

        var issued = await Eventually.WaitAsync(() => ProposalAsync(agent, id), p => p.GetProperty("status").GetString() == "Issued", what: "the policy");
        var policy = await agent.GetFromJsonAsync<JsonElement>($"/api/policies/{issued.GetProperty("policyId").GetGuid()}");

        Assert.Equal(["Underwriter", "SeniorUnderwriter", "HeadOfficeUnderwriter"], roles);
        Assert.Equal(3000m, policy.GetProperty("excess").GetDecimal());
        Assert.Equal(["ReferUp", "ReferUp", "RaiseExcess"], issued.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Proposal_CleanRisk_IssuedAfterDisclosureWithoutUnderwriter()
    {
        var agent = await ApiClients.ForAsync(App, "agent");
        var id = await SubmitAsync(agent, ProposalRequests.Plain());

        await CompleteAsync(agent, await TaskOfKindAsync(agent, id, "AgentDisclosure"), "Submit", ProposalRequests.FullDisclosure());
        var issued = await Eventually.WaitAsync(() => ProposalAsync(agent, id), p => p.GetProperty("status").GetString() == "Issued", what: "the policy");

        Assert.Empty(issued.GetProperty("issues").EnumerateArray());
        Assert.Equal(5, issued.GetProperty("disclosure").GetArrayLength());
        Assert.Equal(issued.GetProperty("ratedPremium").GetDecimal(), issued.GetProperty("finalPremium").GetDecimal());
    }

    [Fact]
    public async Task Quote_ValidProposal_ReturnsPremiumWithBreakdown()
    {
        var agent = await ApiClients.ForAsync(App, "agent");

        var quote = await (await agent.PostAsJsonAsync("/api/proposals/quote", ProposalRequests.Plain(age: 24))).Content.ReadFromJsonAsync<JsonElement>();

        var lines = quote.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(quote.GetProperty("premium").GetDecimal(), lines[^1].GetProperty("running").GetDecimal());
        Assert.Contains(lines, l => l.GetProperty("name").GetString() == "DriverAge 18-24");
        Assert.Equal("Underwriter", quote.GetProperty("reviewLevel").GetString());
    }

    [Theory]
    [InlineData("vehicle.modelCode", "modelCode", "NO-SUCH-MODEL")]
    [InlineData("covers", "covers", null)]
    [InlineData("commissionPercent", "commissionPercent", 140)]
    public async Task Quote_BadInput_Answers400NamingTheField(string field, string key, object? value)
    {
        var agent = await ApiClients.ForAsync(App, "agent");
        var body = ProposalRequests.Plain();
        if (key == "modelCode")
        {
            body["vehicle"] = new { vin = ProposalRequests.NextVin(), plate = "沪A1", modelCode = value, firstRegistration = "2024-01-01", usage = "Private", seats = 5 };
        }
        else
        {
            body[key] = key == "covers" ? Array.Empty<string>() : value;
        }

        var response = await agent.PostAsJsonAsync("/api/proposals/quote", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("underwriter", HttpStatusCode.Forbidden)]
    [InlineData("adjuster", HttpStatusCode.Forbidden)]
    public async Task SubmitProposal_NotAnAgent_Answers403(string user, HttpStatusCode expected)
    {
        var client = await ApiClients.ForAsync(App, user);

        var response = await client.PostAsJsonAsync("/api/proposals", ProposalRequests.Plain());

        Assert.Equal(expected, response.StatusCode);
    }

    private async Task<bool> OutboxHasAsync(string type, string text)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var name = OutboxWriter.MessageTypeName(typeof(PolicyIssued));
        return await db.OutboxMessages.AnyAsync(m => m.MessageType == name && m.Body.Contains(text)) && name.Contains(type);
    }
}
