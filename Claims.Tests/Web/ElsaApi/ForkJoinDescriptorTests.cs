using System.Text.Json.Nodes;
using static Claims.Tests.Web.ElsaApi.ElsaJsonAssert;

namespace Claims.Tests.Web.ElsaApi;

/// <summary>Studio's toolbox offers Fork and Join: the fork's ports come from its branch list, the join's mode is a dropdown.</summary>
[Collection(ElsaApiCollection.Name)]
public sealed class ForkJoinDescriptorTests(ElsaApiFixture api)
{
    [Fact]
    public async Task Activities_ForkAndJoin_OfferedWithBranchesAndModeDropdown()
    {
        var items = ItemsAndCount(await api.Underwriter.GetOk("/elsa/api/descriptors/activities?Refresh=True"));
        JsonNode Find(string type) => items.Single(i => i!["typeName"]!.GetValue<string>() == type)!;
        JsonNode Input(JsonNode descriptor, string name) => descriptor["inputs"]!.AsArray().Single(i => i!["name"]!.GetValue<string>() == name)!;

        var fork = Find("Elsa.FlowFork");
        var join = Find("Elsa.FlowJoin");

        Assert.True(fork["isBrowsable"]!.GetValue<bool>() && join["isBrowsable"]!.GetValue<bool>());
        Assert.Equal("dynamic-outcomes", Input(fork, "Branches")["uiHint"]!.GetValue<string>());
        var mode = Input(join, "Mode");
        Assert.Equal("dropdown", mode["uiHint"]!.GetValue<string>());
        Assert.Equal(["WaitAll", "WaitAny", "WaitAllActive"],
            mode["uiSpecifications"]!["dropdown"]!["selectList"]!["items"]!.AsArray().Select(i => i!["value"]!.GetValue<string>()));
        Assert.Equal("WaitAny", mode["defaultValue"]!.GetValue<string>());
    }
}
