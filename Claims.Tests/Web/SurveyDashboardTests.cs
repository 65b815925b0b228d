using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Domain.Policies;
using Claims.Domain.Surveys;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Claims.Tests.Builders.ReinspectionScenarios;

namespace Claims.Tests.Web;

public sealed class SurveyDashboardTests : IDisposable
{
    private readonly LiveAppHost _app = new(kestrel: false);

    [Fact]
    public async Task ClaimSurvey_AnsweredOnceThroughThePage_ScoredOnDashboardAndCsv()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var policy = await ClaimScenarios.PolicyAsync(_app, 5);
        var address = $"survey.{Guid.NewGuid():N}@example.com";
        await _app.WithDbAsync(async db =>
        {
            var holder = await db.Policies.Where(p => p.Number == policy.Number).Join(db.Policyholders, p => p.PolicyholderId, h => h.Id, (p, h) => h).SingleAsync();
            db.Entry(holder).Property(h => h.Email).CurrentValue = address;
            await db.SaveChangesAsync();
        });
        var claim = await CloseFourSClaimAsync(_app, adjuster, 5, "Survey Motors 4S");
        var path = await SurveyScenarios.ClaimSurveyPathAsync(_app, claim.ClaimId);
        var customer = _app.CreateClient();

        var thanks = await SurveyScenarios.AnswerAsync(customer, path, new SurveyAnswers(5, 4, 5, 3, 4));
        var again = await customer.GetAsync(path);
        var manager = await ApiClients.ForAsync(_app, "manager");
        var dashboard = await manager.GetStringAsync("/Dashboard");
        var csv = await manager.GetAsync("/Dashboard?format=csv&table=satisfaction");
        var csvText = await csv.Content.ReadAsStringAsync();
        var regionsCsv = await manager.GetStringAsync("/Dashboard?format=csv&table=satisfaction-regions");
        var holderId = await _app.WithDbAsync(db => db.Claims.Where(c => c.Id == claim.ClaimId).Join(db.Policies, c => c.PolicyId, p => p.Id, (c, p) => p.PolicyholderId).SingleAsync());
        var timeline = await manager.GetStringAsync($"/api/customers/{holderId}/timeline");
        await using var scope = _app.Services.CreateAsyncScope();
        var pickup = scope.ServiceProvider.GetRequiredService<MailSender>().PickupFolder;
        var mails = Directory.EnumerateFiles(pickup, "*.eml").Where(f => File.ReadAllText(f).Contains(address, StringComparison.Ordinal)).ToList();
        var mailed = mails.Select(f => MimeKit.MimeMessage.Load(f)).Any(m => m.TextBody?.Contains(path.Split('/').Last(), StringComparison.Ordinal) == true);
        mails.ForEach(File.Delete);

        // (5+4+5+3+4)/5 = 4.2 → (4.2 − 1) / 4 × 100 = 80.
        Assert.Contains("your answers are recorded", thanks);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Contains("has already been used", await again.Content.ReadAsStringAsync());
        Assert.Contains("id=\"satisfaction-overall\">80<", dashboard);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Adjuster,adjuster,1,100,75,100,50,75,80", csvText);
        Assert.Equal("region,responses,overall\r\nSH,1,80\r\n", regionsCsv);
        Assert.Contains("id=\"cycle-time-chart\"", dashboard);
        Assert.Contains($"Survey on {claim.Number} answered: 80/100", timeline);
        Assert.True(mailed, "The survey link is mailed to the policyholder.");
    }

    [Fact]
    public async Task SurveyPage_TamperedLink_NotFound()
    {
        var response = await _app.CreateClient().GetAsync("/survey/" + Guid.NewGuid().ToString("N") + ".9999999999.forged");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CreateSurvey_AdminForARenewal_AboutTheAgentOnceAndRefusedToOthers()
    {
        var admin = await ApiClients.ForAsync(_app, "admin");
        var agent = await ApiClients.ForAsync(_app, "agent");
        var policyId = await _app.WithDbAsync(db => db.Policies.OrderBy(p => p.Number).Select(p => p.Id).FirstAsync());

        var created = await admin.PostAsJsonAsync("/api/surveys", new { context = "Renewal", id = policyId });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var duplicate = await admin.PostAsJsonAsync("/api/surveys", new { context = "Renewal", id = policyId });
        var forbidden = await agent.PostAsJsonAsync("/api/surveys", new { context = "Renewal", id = policyId });
        var page = await _app.CreateClient().GetAsync(body.GetProperty("link").GetString());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Agent", body.GetProperty("subject").GetString());
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("application/problem+json", duplicate.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Dashboard_CsvExportOfEveryTable_HeaderAndAgentRows()
    {
        var manager = await ApiClients.ForAsync(_app, "manager");
        var agent = await ApiClients.ForAsync(_app, "agent");

        var agents = await manager.GetStringAsync("/Dashboard?format=csv&table=agents&region=SH");
        var exports = await Task.WhenAll(Claims.Web.Pages.Dashboard.IndexModel.Tables.Select(t => manager.GetAsync($"/Dashboard?format=csv&table={t}")));
        var forbidden = await agent.GetAsync("/Dashboard");

        Assert.StartsWith("agent_code,agent_name,region,policies,written_premium,earned_premium,claims_paid,claims_paid_amount,loss_ratio,"
            + "renewals_due,renewed,renewal_rate,claims_reported,contradicted_claims,contradictions_per_100_claims\r\n", agents);
        Assert.All(agents.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1), line => Assert.Equal("SH", line.Split(',')[2]));
        Assert.All(exports, e => Assert.Equal("text/csv", e.Content.Headers.ContentType?.MediaType));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task RenewalCsv_PastBookWithOneRenewalAndOneLapse_DueRenewedAndRateByMonth()
    {
        var demo = await _app.WithDbAsync(db => db.Policies.Where(p => p.RegionCode == "SH").OrderBy(p => p.Number).Take(2).ToListAsync());
        await _app.WithDbAsync(async db =>
        {
            Policy Issue(string number, Policy like, DateOnly start) =>
                Policy.Issue(Guid.NewGuid(), number, like.PolicyholderId, like.VehicleId, like.AgentId, "SH", start, start.AddYears(1).AddDays(-1), 1000m, Cover.ThirdPartyLiability);
            db.Policies.AddRange(
                Issue("T-2019-1", demo[0], new DateOnly(2019, 1, 1)), Issue("T-2020-1", demo[0], new DateOnly(2020, 1, 1)),
                Issue("T-2019-2", demo[1], new DateOnly(2019, 1, 10)));
            await db.SaveChangesAsync();
        });
        var manager = await ApiClients.ForAsync(_app, "manager");

        var csv = await manager.GetStringAsync("/Dashboard?format=csv&table=renewals&from=2019-12-01&to=2020-01-31&region=SH");
        var page = await manager.GetStringAsync("/Dashboard?from=2019-12-01&to=2020-01-31&region=SH");

        Assert.Equal("region,month,due,renewed,renewal_rate\r\nSH,2019-12,1,1,1\r\nSH,2020-01,1,0,0\r\n", csv);
        Assert.Contains("id=\"renewal-chart\"", page);
    }

    [Fact]
    public async Task CustomerPage_Staff_ShowsTimelineAndTier()
    {
        var holder = await _app.WithDbAsync(db => db.Policies.OrderBy(p => p.Number).Select(p => new { p.PolicyholderId, p.Number }).FirstAsync());
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");

        var page = await adjuster.GetStringAsync($"/Customers/{holder.PolicyholderId}");
        var missing = await adjuster.GetAsync($"/Customers/{Guid.NewGuid()}");

        Assert.Contains($"Policy {holder.Number} starts", page);
        Assert.Contains("id=\"tier\"", page);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    public void Dispose() => _app.Dispose();
}
