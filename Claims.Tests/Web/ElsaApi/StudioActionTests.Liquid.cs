using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Claims.Tests.Web.ElsaApi.ElsaJsonAssert;

namespace Claims.Tests.Web.ElsaApi;

public sealed partial class StudioActionTests
{
    [Fact]
    public async Task ExpressionDescriptors_ListLiquid_BrowsableWithItsMonacoLanguage()
    {
        var syntaxes = ItemsAndCount(await api.Underwriter.GetOk($"{Api}/descriptors/expression-descriptors"));

        var liquid = Assert.Single(syntaxes, s => s!["type"]!.GetValue<string>() == "Liquid")!;
        Assert.True(liquid["isBrowsable"]!.GetValue<bool>());
        Assert.Equal("liquid", liquid["properties"]!["MonacoLanguage"]!.GetValue<string>());
    }

    [Fact]
    public async Task HumanTask_SubjectSavedAsLiquidByStudio_IsRenderedWhenTheTaskOpens()
    {
        var id = "liquid-" + Guid.NewGuid().ToString("N")[..8];
        var body = ElsaApiFixture.Fixture("save-review.json", id);
        // What Studio's property panel saves once Liquid is picked in the syntax menu of the Subject input.
        var task = body["model"]!["root"]!["activities"]!.AsArray().Single(a => a!["type"]!.GetValue<string>() == "Claims.HumanTask")!;
        task["subject"] = new JsonObject
        {
            ["typeName"] = "String",
            ["expression"] = new JsonObject { ["type"] = "Liquid", ["value"] = "Review {{ 'proposal' | upcase }} {{ 2 | plus: 3 }}" },
        };
        body["publish"] = true;
        (await api.Underwriter.PostAsJsonAsync($"{Api}/workflow-definitions", body)).EnsureSuccessStatusCode();

        var run = await api.Underwriter.PostAsync($"{Api}/workflow-definitions/{id}/execute", JsonContent.Create(new { versionOptions = "Published" }));

        run.EnsureSuccessStatusCode();
        var tasks = (await api.Underwriter.GetFromJsonAsync<JsonArray>("/api/tasks"))!;
        Assert.Contains(tasks, t => t!["subject"]!.GetValue<string>() == "Review PROPOSAL 5");
    }
}
