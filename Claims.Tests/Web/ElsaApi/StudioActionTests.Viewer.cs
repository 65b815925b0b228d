using System.Net;
using System.Net.Http.Json;
using static Claims.Tests.Web.ElsaApi.ElsaJsonAssert;

namespace Claims.Tests.Web.ElsaApi;

/// <summary>Issue 16, part 2: the instance viewer's call-stack tab and the version history's bulk delete.</summary>
public sealed partial class StudioActionTests
{
    [Fact]
    public async Task CallStack_TaskWaitingAfterStart_IsStartThenTheTaskRootFirst()
    {
        var (_, instanceId) = await RunReviewAsync();
        var summaries = ItemsAndCount(await api.Underwriter.GetOk($"{Api}/activity-execution-summaries/list?WorkflowInstanceId={instanceId}"));
        var (start, review) = (summaries[0]!["id"]!.GetValue<string>(), summaries[1]!["id"]!.GetValue<string>());

        var stack = await api.Underwriter.GetOk($"{Api}/activity-executions/{review}/call-stack?includeCrossWorkflowChain=true");

        Assert.Equal(review, stack["activityExecutionId"]!.GetValue<string>());
        Assert.Equal(2, stack["totalCount"]!.GetValue<int>());
        Assert.Equal([start, review], stack["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
        var record = await api.Underwriter.GetOk($"{Api}/activity-executions/by-id?id={review}");
        Assert.Equal(start, record["schedulingActivityExecutionId"]!.GetValue<string>());
        Assert.Equal(1, record["callStackDepth"]!.GetValue<int>());
        var page = await api.Underwriter.GetOk($"{Api}/activity-executions/{review}/call-stack?skip=1&take=5");
        Assert.Equal(review, Assert.Single(page["items"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await api.Underwriter.GetAsync($"{Api}/activity-executions/{instanceId.Replace("-", "")}-999/call-stack")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.Underwriter.GetAsync($"{Api}/activity-executions/{review}/call-stack?skip=-1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Adjuster.GetAsync($"{Api}/activity-executions/{review}/call-stack")).StatusCode);
    }

    [Fact]
    public async Task BulkDeleteVersions_OldUnusedVersionGoes_LatestAndPublishedStay()
    {
        var definitionId = await api.SaveReviewAsync(publish: true); // v1 published
        await api.Underwriter.PostOk($"{Api}/workflow-definitions", ElsaApiFixture.Fixture("save-review.json", definitionId)); // v2 draft
        await api.Underwriter.PostOk($"{Api}/workflow-definitions/{definitionId}/publish", new { }); // v2 published, v1 old
        await api.Underwriter.PostOk($"{Api}/workflow-definitions", ElsaApiFixture.Fixture("save-review.json", definitionId)); // v3 draft
        var versions = (await api.Underwriter.GetOk($"{Api}/workflow-definitions?versionOptions=AllVersions&DefinitionIds={definitionId}&OrderBy=Version"))["items"]!
            .AsArray().ToDictionary(v => v!["version"]!.GetValue<int>(), v => v!["id"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.Forbidden, (await api.Adjuster.PostAsJsonAsync($"{Api}/bulk-actions/delete/workflow-definitions/by-id", new { ids = versions.Values })).StatusCode);
        var deleted = await api.Underwriter.PostOk($"{Api}/bulk-actions/delete/workflow-definitions/by-id", new { ids = versions.Values.Append("nonsense") });

        Assert.Equal(1, deleted["deleted"]!.GetValue<int>());
        var left = (await api.Underwriter.GetOk($"{Api}/workflow-definitions?versionOptions=AllVersions&DefinitionIds={definitionId}"))["items"]!.AsArray();
        Assert.Equal([2, 3], left.Select(v => v!["version"]!.GetValue<int>()).Order());
    }
}
