using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Claims.Tests.Web.ElsaApi.ElsaJsonAssert;

namespace Claims.Tests.Web.ElsaApi;

/// <summary>
/// Flowcharts exported by a real Elsa 3 server (fixtures elsa-*.json copied from elsa-core's tests, MIT licence) import
/// through Studio's import, publish and run on our engine; one using an activity we do not have is refused by name.
/// </summary>
[Collection(ElsaApiCollection.Name)]
public sealed class ElsaInterchangeTests(ElsaApiFixture api)
{
    private static JsonObject ElsaExport(string name, string definitionId)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Workflows", "Fixtures", name)))!.AsObject();
        json["definitionId"] = definitionId;
        return json;
    }

    private async Task<List<(string ActivityId, string Type, string Event, string? Message)>> ImportPublishRunAsync(string fixture)
    {
        var id = "elsa-" + Guid.NewGuid().ToString("N")[..8];
        await api.Underwriter.PostOk("/elsa/api/workflow-definitions/import", ElsaExport(fixture, id));
        await api.Underwriter.PostOk($"/elsa/api/workflow-definitions/{id}/publish", new { });
        var run = await api.Underwriter.PostAsync($"/elsa/api/workflow-definitions/{id}/execute", JsonContent.Create(new { versionOptions = "Published" }));
        Assert.True(run.StatusCode == HttpStatusCode.OK, await run.Content.ReadAsStringAsync());
        var instanceId = Assert.Single(run.Headers.GetValues("x-elsa-workflow-instance-id"));
        var instance = await api.Underwriter.GetOk($"/elsa/api/workflow-instances/{instanceId}");
        Assert.Equal("Finished", instance["subStatus"]!.GetValue<string>());
        var journal = await api.Underwriter.PostOk($"/elsa/api/workflow-instances/{instanceId}/journal?skip=0&take=110", ElsaApiFixture.Fixture("journal-request.json"));
        return journal["items"]!.AsArray().Select(j => (j!["activityId"]!.GetValue<string>(), j["activityType"]!.GetValue<string>(), j["eventName"]!.GetValue<string>(), j["message"]?.GetValue<string>())).ToList();
    }

    private static List<string?> Lines(List<(string ActivityId, string Type, string Event, string? Message)> journal) =>
        journal.Where(j => j is { Event: "Completed", Type: "Elsa.WriteLine" }).Select(j => j.Message).ToList();

    [Fact]
    public async Task Import_Elsa30LoopWithFlowDecisionAndFlatConnections_RunsTheLoopTwice()
    {
        var journal = await ImportPublishRunAsync("elsa-implicit-loop.json");

        Assert.Equal(["Do something", "Retry", "Do something", "Done"], Lines(journal));
        Assert.Equal(2, journal.Count(j => j is { ActivityId: "FlowDecision1", Event: "Completed" }));
    }

    [Fact]
    public async Task Import_ElsaFlowJoinWaitAllWithoutStartActivity_RunsEndOnceAfterBothLines()
    {
        var journal = await ImportPublishRunAsync("elsa-join-all-1.json");

        var lines = Lines(journal);
        Assert.Equal("Start", lines[0]);
        Assert.Equal(["Line 1", "Line 2"], lines.Skip(1).Take(2).Order());
        Assert.Equal("End", Assert.Single(lines.Skip(3)));
    }

    [Fact]
    public async Task Import_ActivityWeDoNotHave_IsRefusedNamingIt()
    {
        var response = await api.Underwriter.PostAsJsonAsync("/elsa/api/workflow-definitions/import", ElsaExport("elsa-http-hello-world.json", "elsa-http"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("The workflow cannot be imported.", problem["title"]!.GetValue<string>());
        var messages = problem["errors"]!.AsObject().SelectMany(e => e.Value!.AsArray()).Select(m => m!.GetValue<string>());
        Assert.Contains(messages, m => m.Contains("'Elsa.HttpEndpoint'", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await api.Underwriter.GetAsync("/elsa/api/workflow-definitions/by-definition-id/elsa-http?versionOptions=Latest")).StatusCode);
    }
}
