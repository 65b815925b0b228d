using System.Net;
using System.Text.Json.Nodes;
using static Claims.Tests.Web.ElsaApi.ElsaJsonAssert;

namespace Claims.Tests.Web.ElsaApi;

[Collection(ElsaApiCollection.Name)]
public sealed class InstanceEndpointTests(ElsaApiFixture api)
{
    [Fact]
    public async Task Execute_TestRunOnOurEngine_IsVisibleThroughTheInstanceEndpoints()
    {
        var id = await api.SaveReviewAsync();
        var run = await api.Underwriter.PostAsync($"/elsa/api/workflow-definitions/{id}/execute",
            System.Net.Http.Json.JsonContent.Create(new { versionOptions = "Latest" }));
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var instanceId = Assert.Single(run.Headers.GetValues("x-elsa-workflow-instance-id"));

        // Instances are for the workflow monitors, as on /api/workflow-instances/{id}: an adjuster is refused.
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Adjuster.GetAsync($"/elsa/api/workflow-instances/{instanceId}")).StatusCode);
        var list = await api.Underwriter.PostOk("/elsa/api/workflow-instances", ElsaApiFixture.Fixture("instances-list.json", id));
        var item = Assert.Single(list["items"]!.AsArray())!;
        Assert.Equal(1, list["totalCount"]!.GetValue<int>());
        Assert.Equal(instanceId, item["id"]!.GetValue<string>());
        Assert.Equal("Running", item["status"]!.GetValue<string>());
        Assert.Equal("Suspended", item["subStatus"]!.GetValue<string>());
        Assert.Equal("Proposal review", item["name"]!.GetValue<string>());

        var instance = await api.Underwriter.GetOk($"/elsa/api/workflow-instances/{instanceId}");
        var state = instance["workflowState"]!;
        Assert.Equal("Workflow1:f1:a2", Assert.Single(state["bookmarks"]!.AsArray())!["activityNodeId"]!.GetValue<string>());
        Assert.IsType<JsonArray>(state["incidents"]);

        var journal = await api.Underwriter.PostOk($"/elsa/api/workflow-instances/{instanceId}/journal?skip=0&take=110", ElsaApiFixture.Fixture("journal-request.json"));
        var events = journal["items"]!.AsArray().Select(j => $"{j!["activityId"]}:{j["eventName"]}").ToList();
        Assert.Equal(["a1:Started", "a1:Completed", "a2:Started", "a2:Suspended"], events);
        Assert.Equal("Workflow1:f1:a1", journal["items"]![0]!["nodeId"]!.GetValue<string>());

        var report = await api.Underwriter.PostOk("/elsa/api/activity-executions/report",
            new { workflowInstanceId = instanceId, activityNodeIds = new[] { "Workflow1:f1:a1", "Workflow1:f1:a2" } });
        var stats = report["stats"]!.AsArray().ToDictionary(s => s!["activityNodeId"]!.GetValue<string>());
        Assert.Equal(1, stats["Workflow1:f1:a1"]!["completedCount"]!.GetValue<int>());
        Assert.True(stats["Workflow1:f1:a2"]!["isBlocked"]!.GetValue<bool>());

        var polled = await api.Underwriter.GetOk($"/elsa/api/workflow-instances/{instanceId}/execution-state");
        Assert.Equal("Suspended", polled["workflowSubStatus"]!.GetValue<string>());
        var variables = ItemsAndCount(await api.Underwriter.GetOk($"/elsa/api/workflow-instances/{instanceId}/variables"));
        Assert.Equal("Decision", Assert.Single(variables)!["name"]!.GetValue<string>());
        var executions = ItemsAndCount(await api.Underwriter.GetOk($"/elsa/api/activity-executions/list?WorkflowInstanceId={instanceId}&ActivityNodeId=Workflow1:f1:a1"));
        Assert.Equal("Completed", Assert.Single(executions)!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Execute_InvalidDraft_Is400AndCannotStart()
    {
        var id = "invalid-run-" + Guid.NewGuid().ToString("N")[..8];
        var body = ElsaApiFixture.Fixture("publish-unconnected-outcome.json", id);
        body["publish"] = false;
        await api.Underwriter.PostOk("/elsa/api/workflow-definitions", body);

        var run = await api.Underwriter.PostAsync($"/elsa/api/workflow-definitions/{id}/execute", System.Net.Http.Json.JsonContent.Create(new { }));

        Assert.Equal(HttpStatusCode.BadRequest, run.StatusCode);
        Assert.Equal("true", Assert.Single(run.Headers.GetValues("x-elsa-workflow-cannot-start")));
    }
}
