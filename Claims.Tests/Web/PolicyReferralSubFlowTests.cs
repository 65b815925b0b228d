using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Workflows.Engine;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using static Claims.Tests.Builders.ProposalScenarios;

namespace Claims.Tests.Web;

/// <summary>policy-underwriting v3: a referral up runs in the shared referral-approval sub-flow, correlated with the proposal.</summary>
public sealed class PolicyReferralSubFlowTests(PoliciesAppFixture fixture) : IClassFixture<PoliciesAppFixture>
{
    private LiveAppHost App => fixture.App;

    [Fact]
    public async Task Referral_SeniorLoadsInTheSubFlow_ChildCorrelatedAndPolicyIssuedWithBothDecisions()
    {
        var (agent, id, child) = await ReferredAsync("Commission terms need a senior's view");
        var senior = await ApiClients.ForAsync(App, "senior.underwriter");
        var referred = await ProposalAsync(agent, id);
        var childRecord = await InstanceAsync(child);
        var parentRecord = await InstanceAsync(await ParentAsync(id));
        var queue = await QueueAsync("senior.underwriter");

        await CompleteAsync(senior, referred.GetProperty("task").GetProperty("id").GetGuid(), "Accept",
            new { decision = "Load", loadingPercent = 10, reason = "Loaded for the commission" });
        var issued = await Eventually.WaitAsync(() => ProposalAsync(agent, id), p => p.GetProperty("status").GetString() == "Issued", what: "the policy");

        Assert.Equal(("ReferralReview", "SeniorUnderwriter"), (referred.GetProperty("task").GetProperty("kind").GetString(), referred.GetProperty("task").GetProperty("assigneeRole").GetString()));
        Assert.Equal(("Referred", "SeniorUnderwriter"), (referred.GetProperty("status").GetString(), referred.GetProperty("reviewLevel").GetString()));
        Assert.Equal($"/Underwriting/Review/{id}", referred.GetProperty("task").GetProperty("link").GetString());
        Assert.Equal(("referral-approval", $"proposal:{id}"), (childRecord.DefinitionId, childRecord.CorrelationId));
        Assert.Equal(("policy-underwriting", 3, WorkflowStatus.Suspended), (parentRecord.DefinitionId, parentRecord.DefinitionVersion, parentRecord.Status));
        Assert.Contains(referred.GetProperty("number").GetString()!, queue);
        Assert.Equal(["ReferUp", "Load"], issued.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("kind").GetString()));
        Assert.Equal(("senior.underwriter", "SeniorUnderwriter"), (issued.GetProperty("decisions")[1].GetProperty("by").GetString(), issued.GetProperty("decisions")[1].GetProperty("level").GetString()));
        Assert.Equal(WorkflowStatus.Finished, (await InstanceAsync(child)).Status);
    }

    [Fact]
    public async Task Referral_SeniorDeclines_ReasonRequiredThenProposalDeclinedAndNothingLeftOpen()
    {
        var (agent, id, _) = await ReferredAsync("Above my authority");
        var senior = await ApiClients.ForAsync(App, "senior.underwriter");
        var task = (await ProposalAsync(agent, id)).GetProperty("task").GetProperty("id").GetGuid();

        var noReason = await senior.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "Decline", data = new { reason = "" } });
        await CompleteAsync(senior, task, "Decline", new { reason = "Commission of 28% is not acceptable" });
        var declined = await Eventually.WaitAsync(() => ProposalAsync(agent, id), p => p.GetProperty("status").GetString() == "Declined", what: "the decline");

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("Commission of 28% is not acceptable", declined.GetProperty("declineReason").GetString());
        Assert.Equal(["ReferUp", "Decline"], declined.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("kind").GetString()));
        Assert.Equal(JsonValueKind.Null, declined.GetProperty("task").ValueKind);
        Assert.Equal(JsonValueKind.Null, declined.GetProperty("policyId").ValueKind);
    }

    [Fact]
    public async Task Referral_ParentCancelled_ChildAndItsTaskCancelledProposalStaysReferred()
    {
        var (agent, id, child) = await ReferredAsync("Needs a senior");
        var designer = await ApiClients.ForAsync(App, "underwriter"); // Studio's cancel is the workflow designers'
        var parent = await ParentAsync(id);

        (await designer.PostAsync($"/elsa/api/cancel/workflow-instances/{parent}", null)).EnsureSuccessStatusCode();

        Assert.Equal(WorkflowStatus.Cancelled, (await InstanceAsync(parent)).Status);
        Assert.Equal(WorkflowStatus.Cancelled, (await InstanceAsync(child)).Status);
        Assert.Equal([WorkTaskStatus.Cancelled], await App.WithDbAsync(db => db.WorkTasks.Where(t => t.WorkflowInstanceId == child).Select(t => t.Status).ToListAsync()));
        var after = await ProposalAsync(agent, id);
        Assert.Equal(("Referred", JsonValueKind.Null), (after.GetProperty("status").GetString(), after.GetProperty("task").ValueKind));
    }

    /// <summary>A proposal over the commission cap, disclosed and referred up by the underwriter: the agent, proposal and child instance.</summary>
    private async Task<(HttpClient Agent, Guid Id, Guid Child)> ReferredAsync(string reason)
    {
        var agent = await ApiClients.ForAsync(App, "agent");
        var underwriter = await ApiClients.ForAsync(App, "underwriter");
        var id = await SubmitAsync(agent, ProposalRequests.Plain(commission: 28m));
        await CompleteAsync(agent, await TaskOfKindAsync(agent, id, "AgentDisclosure"), "Submit", ProposalRequests.FullDisclosure());
        await CompleteAsync(underwriter, await TaskOfKindAsync(agent, id, "UnderwritingReview"), "ReferUp", new { reason });
        var task = await TaskOfKindAsync(agent, id, "ReferralReview");
        var child = await App.WithDbAsync(db => db.WorkTasks.Where(t => t.Id == task).Select(t => t.WorkflowInstanceId!.Value).SingleAsync());
        return (agent, id, child);
    }

    private Task<WorkflowInstanceRecord> InstanceAsync(Guid id) =>
        App.WithDbAsync(db => db.Set<WorkflowInstanceRecord>().AsNoTracking().SingleAsync(i => i.Id == id));

    private Task<Guid> ParentAsync(Guid proposal) =>
        App.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposal).Select(p => p.WorkflowInstanceId!.Value).SingleAsync());

    private async Task<string> QueueAsync(string user)
    {
        var client = App.CreateClient(new() { AllowAutoRedirect = true, HandleCookies = true });
        await CookieClients.PostLoginAsync(client, user);
        return await client.GetStringAsync("/Underwriting");
    }
}
