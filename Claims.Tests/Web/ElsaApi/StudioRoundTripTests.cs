using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Claims.Tests.Fixtures;
using static Claims.Tests.Web.ElsaApi.ElsaJsonAssert;

namespace Claims.Tests.Web.ElsaApi;

/// <summary>Issue 16, part 1: what Studio creates, imports and saves comes back in Elsa's shape and runs as designed.</summary>
[Collection(ElsaApiCollection.Name)]
public sealed class StudioRoundTripTests(ElsaApiFixture api)
{
    private const string Definitions = "/elsa/api/workflow-definitions";
    private static readonly string[] Arrays = ["variables", "inputs", "outputs", "outcomes", "links"];
    private static readonly string[] Objects = ["options", "customProperties"];

    [Fact]
    public async Task Create_DialogPostsNullCollections_EveryShapeHasEmptyArraysAndObjects()
    {
        var body = ElsaApiFixture.Fixture("create-bare-root.json");
        var model = body["model"]!.AsObject();
        foreach (var key in Arrays.Concat(Objects).Where(k => k != "links"))
        {
            model[key] = null;
        }

        var created = (await api.Underwriter.PostOk(Definitions, body))["workflowDefinition"]!.AsObject();
        AssertElsaShape(created);
        var id = created["definitionId"]!.GetValue<string>();
        AssertElsaShape(await api.Underwriter.GetOk($"{Definitions}/by-definition-id/{id}?versionOptions=Latest"));
        AssertElsaShape(await api.Underwriter.GetOk($"{Definitions}/by-id/{created["id"]}"));

        // Studio's Save after the create dialog posts the model it was given back: it must save and keep the shape.
        var saved = (await api.Underwriter.PostOk(Definitions, new JsonObject { ["model"] = created.DeepClone(), ["publish"] = false }))["workflowDefinition"]!.AsObject();
        AssertElsaShape(saved);
        Assert.Equal(id, saved["definitionId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Import_FileWithNullCollections_ComesBackWithEmptyArraysAndObjects()
    {
        var model = ElsaApiFixture.Fixture("start-task-finish.json", "imported-" + Guid.NewGuid().ToString("N")[..8])["model"]!;

        AssertElsaShape(await api.Underwriter.PostOk($"{Definitions}/import", model));
    }

    [Fact]
    public async Task Publish_HumanTaskSavedWithoutOutcomes_GetsTheDefaultAndRunsToFinished()
    {
        var id = "no-outcomes-" + Guid.NewGuid().ToString("N")[..8];

        var published = (await api.Underwriter.PostOk(Definitions, ElsaApiFixture.Fixture("start-task-finish.json", id)))["workflowDefinition"]!;

        Assert.True(published["isPublished"]!.GetValue<bool>());
        var task = published["root"]!["activities"]![1]!;
        Assert.Equal("[]", task["outcomes"]!["expression"]!["value"]!.GetValue<string>());
        var run = await api.Underwriter.PostAsync($"{Definitions}/{id}/execute", JsonContent.Create(new { versionOptions = "Published" }));
        var instanceId = Assert.Single(run.Headers.GetValues("x-elsa-workflow-instance-id"));
        Assert.Equal("Suspended", (await api.Underwriter.GetOk($"/elsa/api/workflow-instances/{instanceId}"))["subStatus"]!.GetValue<string>());

        var queued = await api.Underwriter.GetFromJsonAsync<JsonArray>("/api/tasks");
        var taskId = queued!.Single(t => t!["subject"]!.GetValue<string>() == "Check the photos" && t["id"] is not null)!["id"]!.GetValue<string>();
        (await api.Underwriter.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Done" })).EnsureSuccessStatusCode();

        await Eventually.WaitAsync(() => api.Underwriter.GetOk($"/elsa/api/workflow-instances/{instanceId}"),
            i => i["subStatus"]!.GetValue<string>() == "Finished", what: "the instance to finish after its task"); // resumed through the outbox
    }

    [Fact]
    public async Task Publish_HumanTaskWithoutAssignee_Is400NamingTheNode()
    {
        var id = "no-assignee-" + Guid.NewGuid().ToString("N")[..8];
        var body = ElsaApiFixture.Fixture("start-task-finish.json", id);
        body["model"]!["root"]!["activities"]![1]!.AsObject().Remove("assigneeRole");

        var response = await api.Underwriter.PostAsJsonAsync(Definitions, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("assignee role or user", problem["errors"]!["a2"]![0]!.GetValue<string>());
    }

    private static void AssertElsaShape(JsonObject definition)
    {
        foreach (var key in Arrays)
        {
            Assert.IsType<JsonArray>(definition[key]);
        }

        foreach (var key in Objects)
        {
            Assert.IsType<JsonObject>(definition[key]);
        }

        Assert.IsType<JsonArray>(definition["root"]!["activities"]);
        CamelCase(definition);
    }
}
