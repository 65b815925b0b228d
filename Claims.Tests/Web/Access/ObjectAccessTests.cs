using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Domain.Common;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Tests.Web.Access;

/// <summary>The object rules of the access table: two users of the same role, the owner allowed and the other refused without learning the record exists.</summary>
public sealed class ObjectAccessTests(ObjectAccessTests.Host host) : IClassFixture<ObjectAccessTests.Host>
{
    private LiveAppHost App => host.App;

    [Fact]
    public async Task ProposalPages_AnotherAgent_Answer404LikeTheApi()
    {
        var agent = await ApiClients.ForAsync(App, "agent");
        var otherAgent = await ApiClients.ForRolesAsync(App, "agent.two", Roles.Agent);
        var underwriter = await ApiClients.ForAsync(App, "underwriter");
        var id = await ProposalScenarios.SubmitAsync(agent, ProposalRequests.Plain());

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.OK],
            [
                await StatusAsync(agent, $"/Proposals/{id}"), await StatusAsync(agent, $"/Proposals/{id}/Disclosure"), await StatusAsync(agent, $"/api/proposals/{id}"),
                await StatusAsync(otherAgent, $"/Proposals/{id}"), await StatusAsync(otherAgent, $"/Proposals/{id}/Disclosure"), await StatusAsync(otherAgent, $"/api/proposals/{id}"),
                await StatusAsync(underwriter, $"/Proposals/{id}"),
            ]);
    }

    [Theory]
    [InlineData("/api/policies/{0}", "/Policies/{0}", "manager", false)]
    [InlineData("/api/customers/{0}/timeline", "/Customers/{0}", "adjuster", true)]
    public async Task AgentRecord_AnotherAgent_Answers404(string api, string page, string staff, bool customer)
    {
        var agent = await ApiClients.ForAsync(App, "agent");
        var otherAgent = await ApiClients.ForRolesAsync(App, "agent.other", Roles.Agent);
        var reader = await ApiClients.ForAsync(App, staff);
        var own = await App.WithDbAsync(db => (from p in db.Policies
                                               join a in db.Agents on p.AgentId equals a.Id
                                               where a.UserName == "agent"
                                               select customer ? p.PolicyholderId : p.Id).FirstAsync());
        string Url(string template) => string.Format(System.Globalization.CultureInfo.InvariantCulture, template, own);

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.OK],
            [
                await StatusAsync(agent, Url(api)), await StatusAsync(agent, Url(page)),
                await StatusAsync(otherAgent, Url(api)), await StatusAsync(otherAgent, Url(page)),
                await StatusAsync(reader, Url(api)),
            ]);
    }

    [Fact]
    public async Task TaskPage_SameRoleOtherUser_Answers404()
    {
        var userTask = await AddTaskAsync(role: Roles.Underwriter, user: "underwriter");
        var roleTask = await AddTaskAsync(role: Roles.PriceChecker, user: null);
        var underwriter = await ApiClients.ForAsync(App, "underwriter");
        var otherUnderwriter = await ApiClients.ForRolesAsync(App, "underwriter.two", Roles.Underwriter);
        var priceChecker = await ApiClients.ForAsync(App, "price.checker");
        var adjuster = await ApiClients.ForAsync(App, "adjuster");

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            [
                await StatusAsync(underwriter, $"/Tasks/{userTask}"), await StatusAsync(otherUnderwriter, $"/Tasks/{userTask}"),
                await StatusAsync(priceChecker, $"/Tasks/{roleTask}"), await StatusAsync(adjuster, $"/Tasks/{roleTask}"),
                await StatusAsync(adjuster, $"/Tasks/{Guid.NewGuid()}"),
            ]);
    }

    [Fact]
    public async Task ElsaInstances_StaffOutsideTheMonitors_Answer403()
    {
        var agent = await ApiClients.ForAsync(App, "agent");
        await ProposalScenarios.SubmitAsync(agent, ProposalRequests.Plain());
        var instance = await App.WithDbAsync(db => db.Set<WorkflowInstanceRecord>().Select(i => i.Id).FirstAsync());
        var adjuster = await ApiClients.ForAsync(App, "adjuster");
        var manager = await ApiClients.ForAsync(App, "manager");

        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK],
            [
                await StatusAsync(adjuster, $"/elsa/api/workflow-instances/{instance}"),
                await StatusAsync(adjuster, $"/elsa/api/workflow-instances/{instance}/variables"),
                (await adjuster.PostAsJsonAsync($"/elsa/api/workflow-instances/{instance}/journal", new { })).StatusCode,
                (await adjuster.PostAsJsonAsync("/elsa/api/workflow-instances", new { page = 0, pageSize = 10 })).StatusCode,
                await StatusAsync(adjuster, $"/studio/instances/{instance}"),
                await StatusAsync(manager, $"/elsa/api/workflow-instances/{instance}"),
                await StatusAsync(manager, $"/api/workflow-instances/{instance}"),
                await StatusAsync(adjuster, "/elsa/api/workflow-definitions"),
            ]);
    }

    [Fact]
    public async Task ClaimPages_ReviewForItsRoles_EstimateForTheSurveyor()
    {
        var adjuster = await ApiClients.ForAsync(App, "adjuster");
        var policy = await ClaimScenarios.PolicyAsync(App, 3);
        var reported = await ClaimScenarios.ReportAsync(adjuster, policy.Number, DateTimeOffset.UtcNow.AddDays(-1));
        var claim = await reported.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(reported.StatusCode == HttpStatusCode.Created, claim.ToString());
        Assert.Equal("adjuster", claim.GetProperty("assignedAdjuster").GetString());
        var id = claim.GetProperty("id").GetGuid();
        var otherAdjuster = await ApiClients.ForRolesAsync(App, "adjuster.two", Roles.LossAdjuster);
        var senior = await ApiClients.ForAsync(App, "senior.adjuster");
        var priceChecker = await ApiClients.ForAsync(App, "price.checker");
        var manager = await ApiClients.ForAsync(App, "manager");

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            [
                await StatusAsync(adjuster, $"/Claims/{id}/Estimate"), await StatusAsync(otherAdjuster, $"/Claims/{id}/Estimate"),
                await StatusAsync(senior, $"/Claims/{id}/Estimate"),
                await StatusAsync(priceChecker, $"/Claims/{id}/Review"), await StatusAsync(senior, $"/Claims/{id}/Review"),
                await StatusAsync(adjuster, $"/Claims/{id}/Review"), await StatusAsync(manager, $"/Claims/{id}/Review"),
            ]);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return response.StatusCode;
    }

    private Task<Guid> AddTaskAsync(string role, string? user) =>
        App.WithDbAsync(async db =>
        {
            var task = WorkTask.Open("Review", "A task for one role or user", role, user, DateTime.UtcNow, DateTime.UtcNow.AddDays(2), null, ["Done"]);
            db.WorkTasks.Add(task);
            await db.SaveChangesAsync();
            return task.Id;
        });

    /// <summary>One app with the demo data for all the object-rule tests.</summary>
    public sealed class Host : IDisposable
    {
        public LiveAppHost App { get; } = new(kestrel: false, new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });

        public void Dispose() => App.Dispose();
    }
}
