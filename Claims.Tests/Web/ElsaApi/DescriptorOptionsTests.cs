using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;

namespace Claims.Tests.Web.ElsaApi;

public sealed class DescriptorOptionsTests : IDisposable
{
    private readonly LiveAppHost _app = new(kestrel: false);

    [Fact]
    public async Task ActivityDescriptors_RoleRegionAndAuthorityInputs_AreDropdowns()
    {
        var client = await ApiClients.ForAsync(_app, "underwriter");

        var items = (await client.GetFromJsonAsync<JsonObject>("/elsa/api/descriptors/activities?Refresh=True"))!["items"]!.AsArray();

        var region = Input(items, "Claims.AssignSurveyor", "Region");
        Assert.Equal("dropdown", region["uiHint"]!.GetValue<string>());
        Assert.Equal(["BJ", "GD", "SH"], Values(region));
        Assert.Contains("SH — Shanghai", region["uiSpecifications"]!["dropdown"]!["selectList"]!["items"]!.AsArray().Select(i => i!["text"]!.GetValue<string>()));
        var level = Input(items, "Claims.CheckAuthority", "AuthorityLevel");
        Assert.Equal(["1", "2", "3"], Values(level));
        Assert.Equal("dropdown", level["uiHint"]!.GetValue<string>());
        var role = Input(items, "Claims.HumanTask", "AssigneeRole");
        Assert.Equal("dropdown", role["uiHint"]!.GetValue<string>());
        Assert.Contains("SeniorAdjuster", Values(role));
    }

    private static JsonNode Input(JsonArray descriptors, string type, string input) =>
        descriptors.Single(d => d!["typeName"]!.GetValue<string>() == type)!["inputs"]!.AsArray().Single(i => i!["name"]!.GetValue<string>() == input)!;

    private static string[] Values(JsonNode input) =>
        [.. input["uiSpecifications"]!["dropdown"]!["selectList"]!["items"]!.AsArray().Select(i => i!["value"]!.GetValue<string>())];

    public void Dispose() => _app.Dispose();
}
