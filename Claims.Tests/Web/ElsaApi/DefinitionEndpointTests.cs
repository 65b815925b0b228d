using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Claims.Tests.Web.ElsaApi.ElsaJsonAssert;

namespace Claims.Tests.Web.ElsaApi;

[Collection(ElsaApiCollection.Name)]
public sealed class DefinitionEndpointTests(ElsaApiFixture api)
{
    private const string Definitions = "/elsa/api/workflow-definitions";
    private HttpClient Underwriter => api.Underwriter;

    [Fact]
    public async Task Create_BareRoot_AssignsDefinitionIdNodeIdAndEmptyFlowchart()
    {
        var json = await Underwriter.PostOk(Definitions, ElsaApiFixture.Fixture("create-bare-root.json"));

        Assert.False(json["alreadyPublished"]!.GetValue<bool>());
        Assert.Equal(0, json["consumingWorkflowCount"]!.GetValue<int>());
        var definition = json["workflowDefinition"]!.AsObject();
        Assert.False(string.IsNullOrEmpty(definition["definitionId"]!.GetValue<string>()));
        Assert.Equal(1, definition["version"]!.GetValue<int>());
        Assert.True(definition["isLatest"]!.GetValue<bool>());
        Assert.False(definition["isPublished"]!.GetValue<bool>());
        var root = definition["root"]!.AsObject();
        Assert.Equal("Workflow1:3f1c0a2b9d8e7f60", root["nodeId"]!.GetValue<string>());
        Assert.Empty(Assert.IsType<JsonArray>(root["activities"]));
        Assert.Empty(Assert.IsType<JsonArray>(root["connections"]));
        foreach (var array in new[] { "variables", "inputs", "outputs", "outcomes", "links" })
        {
            Assert.IsType<JsonArray>(definition[array]);
        }

        Assert.Contains("publish", Rels(definition["links"]));
        Assert.False(definition["isReadonly"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Create_SequenceRoot_Is400ProblemWithErrorsMap()
    {
        var response = await Underwriter.PostAsJsonAsync(Definitions, ElsaApiFixture.Fixture("create-sequence-root.json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("Elsa.Sequence", problem["errors"]!["root"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Save_WithNodeIds_UpdatesTheDraftInPlace_AndAfterPublishStartsVersionTwo()
    {
        var id = await api.SaveReviewAsync();
        var again = ElsaApiFixture.Fixture("save-review.json", id);
        again["model"]!["description"] = "Edited";
        var saved = (await Underwriter.PostOk(Definitions, again))["workflowDefinition"]!;
        Assert.Equal(1, saved["version"]!.GetValue<int>());
        Assert.Equal("Edited", saved["description"]!.GetValue<string>());
        Assert.Equal("Workflow1:f1:a2", saved["root"]!["activities"]![1]!["nodeId"]!.GetValue<string>());

        var published = await Underwriter.PostOk($"{Definitions}/{id}/publish", new { });
        Assert.True(published["workflowDefinition"]!["isPublished"]!.GetValue<bool>());
        var next = (await Underwriter.PostOk(Definitions, again))["workflowDefinition"]!;
        Assert.Equal(2, next["version"]!.GetValue<int>());
        Assert.False(next["isPublished"]!.GetValue<bool>());

        var history = await Underwriter.GetOk($"{Definitions}?versionOptions=AllVersions&DefinitionIds={id}&OrderBy=Version&OrderDirection=Descending");
        Assert.Equal([2, 1], history["items"]!.AsArray().Select(i => i!["version"]!.GetValue<int>()));
        var published1 = await Underwriter.GetOk($"{Definitions}?versionOptions=Published&DefinitionIds={id}");
        Assert.Equal(1, Assert.Single(published1["items"]!.AsArray())!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task SaveWithPublishTrue_Valid_PublishesAndSecondPublishIsAlreadyPublished()
    {
        var id = await api.SaveReviewAsync(publish: true);

        var latest = await Underwriter.GetOk($"{Definitions}/by-definition-id/{id}?versionOptions=Latest");
        Assert.True(latest["isPublished"]!.GetValue<bool>());
        var again = await Underwriter.PostOk($"{Definitions}/{id}/publish", new { });
        Assert.True(again["alreadyPublished"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Publish_UnconnectedOutcome_Is400NamingTheNode()
    {
        var id = "unconnected-" + Guid.NewGuid().ToString("N")[..8];
        var response = await Underwriter.PostAsJsonAsync(Definitions, ElsaApiFixture.Fixture("publish-unconnected-outcome.json", id));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        var message = Assert.Single(errors["d1"]!.AsArray())!.GetValue<string>();
        Assert.Equal("BigClaim (d1): Outcome 'False' is not connected.", message);

        // The draft was kept; the /publish endpoint gives the same answer.
        var viaEndpoint = await Underwriter.PostAsync($"{Definitions}/{id}/publish", null);
        Assert.Equal(HttpStatusCode.BadRequest, viaEndpoint.StatusCode);
        Assert.Contains("not connected", await viaEndpoint.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task List_Latest_IsPagedWithBulkPublishAndPerItemPublishLinks()
    {
        await api.SaveReviewAsync();
        await api.SaveReviewAsync();

        var page = await Underwriter.GetOk($"{Definitions}?versionOptions=Latest&Page=0&PageSize=1&SearchTerm=&IsSystem=False&OrderDirection=Ascending");

        var item = Assert.Single(page["items"]!.AsArray())!;
        Assert.True(page["totalCount"]!.GetValue<int>() >= 2);
        Assert.Contains("bulk-publish", Rels(page["links"]));
        Assert.Contains("publish", Rels(item["links"]));
        foreach (var field in new[] { "id", "definitionId", "name", "version", "isLatest", "isPublished", "createdAt", "materializerName", "toolVersion", "isReadonly" })
        {
            Assert.NotNull(item[field]);
        }
    }

    [Fact]
    public async Task IsNameUnique_TakenName_IsFalse_ForItsOwnDefinitionTrue()
    {
        var id = "named-" + Guid.NewGuid().ToString("N")[..8];
        var name = "Review " + id;
        var body = ElsaApiFixture.Fixture("save-review.json", id);
        body["model"]!["name"] = name;
        await Underwriter.PostOk(Definitions, body);

        Assert.False((await Underwriter.GetOk($"{Definitions}/validation/is-name-unique?name={Uri.EscapeDataString(name)}"))["isUnique"]!.GetValue<bool>());
        Assert.True((await Underwriter.GetOk($"{Definitions}/validation/is-name-unique?name={Uri.EscapeDataString(name)}&definitionId={id}"))["isUnique"]!.GetValue<bool>());
        Assert.True((await Underwriter.GetOk($"{Definitions}/validation/is-name-unique?name=Workflow%20{Guid.NewGuid():N}"))["isUnique"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ById_RetractRevertAndDeleteVersion_FollowElsaVersioning()
    {
        var id = await api.SaveReviewAsync(publish: true);
        var v1 = await Underwriter.GetOk($"{Definitions}/by-definition-id/{id}?versionOptions=Published");
        var byId = await Underwriter.GetOk($"{Definitions}/by-id/{v1["id"]}");
        Assert.Equal(id, byId["definitionId"]!.GetValue<string>());

        var edited = ElsaApiFixture.Fixture("save-review.json", id);
        edited["model"]!["name"] = "Proposal review v2";
        await Underwriter.PostOk(Definitions, edited);
        var reverted = await Underwriter.PostOk($"{Definitions}/{id}/revert/1", new { });
        Assert.Equal(2, reverted["version"]!.GetValue<int>());
        Assert.Equal("Proposal review", reverted["name"]!.GetValue<string>());

        var retracted = await Underwriter.PostOk($"{Definitions}/{id}/retract", new { });
        Assert.False(retracted["isPublished"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NoContent, (await Underwriter.DeleteAsync($"/elsa/api/workflow-definition-versions/{v1["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Underwriter.GetAsync($"{Definitions}/by-id/{v1["id"]}")).StatusCode);
    }

    [Fact]
    public async Task ExportImportBulkPublishAndDelete_RoundTrip()
    {
        var id = await api.SaveReviewAsync();
        var export = await Underwriter.GetAsync($"{Definitions}/{id}/export");
        var exported = JsonNode.Parse(await export.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(id, exported["definitionId"]!.GetValue<string>());

        var copyId = id + "-copy";
        exported["definitionId"] = copyId;
        var imported = await Underwriter.PostOk($"{Definitions}/import", exported);
        Assert.Equal(copyId, imported["definitionId"]!.GetValue<string>());

        var bulk = await Underwriter.PostOk("/elsa/api/bulk-actions/publish/workflow-definitions/by-definition-ids", new { definitionIds = new[] { id, copyId, "nope" } });
        Assert.Equal([id, copyId], bulk["published"]!.AsArray().Select(i => i!.GetValue<string>()));
        Assert.Equal(["nope"], bulk["notFound"]!.AsArray().Select(i => i!.GetValue<string>()));

        Assert.Equal(HttpStatusCode.NoContent, (await Underwriter.DeleteAsync($"{Definitions}/{copyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Underwriter.GetAsync($"{Definitions}/by-definition-id/{copyId}")).StatusCode);
    }
}
