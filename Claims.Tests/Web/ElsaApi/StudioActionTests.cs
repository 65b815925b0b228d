using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Claims.Tests.Web.ElsaApi.ElsaJsonAssert;

namespace Claims.Tests.Web.ElsaApi;

/// <summary>Issue 16, parts 2 and 3: the instance viewer's calls and every list action Studio 3.8.2 offers.</summary>
[Collection(ElsaApiCollection.Name)]
public sealed partial class StudioActionTests(ElsaApiFixture api)
{
    private const string Api = "/elsa/api";

    [Fact]
    public async Task ActivityExecutionById_EachSummary_HasInputsOutcomeTimingAndStatus()
    {
        var (_, instanceId) = await RunReviewAsync();

        var summaries = ItemsAndCount(await api.Underwriter.GetOk($"{Api}/activity-execution-summaries/list?WorkflowInstanceId={instanceId}"));

        Assert.Equal(2, summaries.Count);
        var start = await api.Underwriter.GetOk($"{Api}/activity-executions/by-id?id={summaries[0]!["id"]}");
        Assert.Equal("Completed", start["status"]!.GetValue<string>());
        Assert.Equal("Done", start["outputs"]!["outcome"]!.GetValue<string>());
        Assert.NotNull(start["completedAt"]);
        var review = await api.Underwriter.GetOk($"{Api}/activity-executions/by-id?id={summaries[1]!["id"]}");
        Assert.Equal("Running", review["status"]!.GetValue<string>());
        Assert.True(review["hasBookmarks"]!.GetValue<bool>());
        Assert.Equal("Review the proposal", review["activityState"]!["subject"]!.GetValue<string>());
        Assert.Equal("Review1", review["activityName"]!.GetValue<string>());
        Assert.Null(review["exception"]);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Underwriter.GetAsync($"{Api}/activity-executions/by-id?id=nonsense")).StatusCode);
    }

    [Fact]
    public async Task ListByIds_NoVersionOptions_ReturnsAVersionThatIsNeitherLatestNorPublished()
    {
        var (definitionId, _) = await RunReviewAsync(); // version 1 runs as a draft
        var v1 = (await api.Underwriter.GetOk($"{Api}/workflow-definitions/by-definition-id/{definitionId}?versionOptions=Latest"))["id"]!.GetValue<string>();
        await api.Underwriter.PostOk($"{Api}/workflow-definitions/{definitionId}/publish", new { });
        await api.Underwriter.PostOk($"{Api}/workflow-definitions/{definitionId}/retract", new { });
        var body = ElsaApiFixture.Fixture("save-review.json", definitionId);
        await api.Underwriter.PostOk($"{Api}/workflow-definitions", body); // v2 draft: v1 is no longer latest nor published

        var list = await api.Adjuster.GetOk($"{Api}/workflow-definitions?versionOptions=&Ids={v1}");

        Assert.Equal(v1, Assert.Single(list["items"]!.AsArray())!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Execute_ReadOnlyUser_Is403WithTheCannotStartHeaderStudioShows()
    {
        var id = await api.SaveReviewAsync();

        var run = await api.Adjuster.PostAsync($"{Api}/workflow-definitions/{id}/execute", JsonContent.Create(new { versionOptions = "Latest" }));

        Assert.Equal(HttpStatusCode.Forbidden, run.StatusCode);
        Assert.Equal("true", Assert.Single(run.Headers.GetValues("x-elsa-workflow-cannot-start")));
        Assert.False(run.Headers.Contains("x-elsa-workflow-instance-id"));
    }

    [Fact]
    public async Task CancelOneAndBulkCancel_RunningInstances_EndCancelledAndCloseTheirTasks()
    {
        var (_, one) = await RunReviewAsync();
        var (_, two) = await RunReviewAsync();
        var openBefore = await OpenReviewTasksAsync();
        var versionId = (await api.Underwriter.GetOk($"{Api}/workflow-instances/{two}"))["definitionVersionId"]!.GetValue<string>();

        (await api.Underwriter.PostAsync($"{Api}/cancel/workflow-instances/{one}", null)).EnsureSuccessStatusCode();
        var bulk = await api.Underwriter.PostOk($"{Api}/bulk-actions/cancel/workflow-instances", new { definitionVersionId = versionId });

        Assert.Equal(1, bulk["cancelledCount"]!.GetValue<int>());
        foreach (var id in new[] { one, two })
        {
            var instance = await api.Underwriter.GetOk($"{Api}/workflow-instances/{id}");
            Assert.Equal("Cancelled", instance["subStatus"]!.GetValue<string>());
            Assert.Empty(instance["workflowState"]!["bookmarks"]!.AsArray());
        }

        Assert.Equal(openBefore - 2, await OpenReviewTasksAsync());
        var again = await api.Underwriter.PostAsync($"{Api}/cancel/workflow-instances/{one}", null);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Adjuster.PostAsJsonAsync($"{Api}/bulk-actions/cancel/workflow-instances", new { ids = new[] { one } })).StatusCode);
    }

    [Fact]
    public async Task DeleteOneAndBulkDelete_Instances_AreGoneFromListAndViewer()
    {
        var (definitionId, one) = await RunReviewAsync();
        var (_, two) = await RunReviewAsync();

        Assert.Equal(HttpStatusCode.OK, (await api.Underwriter.DeleteAsync($"{Api}/workflow-instances/{one}")).StatusCode);
        var bulk = await api.Underwriter.PostOk($"{Api}/bulk-actions/delete/workflow-instances/by-id", new { ids = new[] { two, Guid.NewGuid().ToString() } });

        Assert.Equal(1, bulk["deletedCount"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, (await api.Underwriter.GetAsync($"{Api}/workflow-instances/{one}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Underwriter.GetAsync($"{Api}/workflow-instances/{two}")).StatusCode);
        var list = await api.Underwriter.PostOk($"{Api}/workflow-instances", new { definitionIds = new[] { definitionId } });
        Assert.Equal(0, list["totalCount"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Adjuster.DeleteAsync($"{Api}/workflow-instances/{two}")).StatusCode);
    }

    [Fact]
    public async Task BulkExportDefinitions_VersionIds_IsAZipOfImportableElsaJson()
    {
        var a = await api.SaveReviewAsync();
        var b = await api.SaveReviewAsync();
        var ids = new List<string>();
        foreach (var id in new[] { a, b })
        {
            ids.Add((await api.Underwriter.GetOk($"{Api}/workflow-definitions/by-definition-id/{id}"))["id"]!.GetValue<string>());
        }

        var response = await api.Underwriter.PostAsJsonAsync($"{Api}/bulk-actions/export/workflow-definitions", new { ids, includeConsumingWorkflows = false });

        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Equal(new[] { $"{a}-v1.json", $"{b}-v1.json" }.Order(), zip.Entries.Select(e => e.Name).Order());
        using var reader = new StreamReader(zip.Entries[0].Open());
        var model = JsonNode.Parse(await reader.ReadToEndAsync())!;
        AssertImportable(await api.Underwriter.PostOk($"{Api}/workflow-definitions/import", model));
    }

    [Fact]
    public async Task ExportInstance_OneAsJsonAndSeveralAsZip()
    {
        var (_, one) = await RunReviewAsync();
        var (_, two) = await RunReviewAsync();

        var single = await api.Underwriter.GetOk($"{Api}/workflow-instances/{one}/export");
        var zip = await api.Adjuster.PostAsJsonAsync($"{Api}/bulk-actions/export/workflow-instances", new { ids = new[] { one, two } });

        Assert.Equal(one, single["id"]!.GetValue<string>());
        Assert.IsType<JsonObject>(single["workflowState"]);
        Assert.Equal(HttpStatusCode.Forbidden, zip.StatusCode); // bulk actions are designers' only
        zip = await api.Underwriter.PostAsJsonAsync($"{Api}/bulk-actions/export/workflow-instances", new { ids = new[] { one, two } });
        using var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync());
        Assert.Equal(2, archive.Entries.Count);
    }

    private static void AssertImportable(JsonObject imported) => Assert.True(imported["isLatest"]!.GetValue<bool>());

    private async Task<int> OpenReviewTasksAsync() =>
        (await api.Underwriter.GetFromJsonAsync<JsonArray>("/api/tasks"))!.Count(t => t!["subject"]!.GetValue<string>() == "Review the proposal");

    private async Task<(string DefinitionId, string InstanceId)> RunReviewAsync()
    {
        var id = await api.SaveReviewAsync();
        var run = await api.Underwriter.PostAsync($"{Api}/workflow-definitions/{id}/execute", JsonContent.Create(new { versionOptions = "Latest" }));
        return (id, Assert.Single(run.Headers.GetValues("x-elsa-workflow-instance-id")));
    }
}
