using System.Text.Json.Nodes;
using static Claims.Tests.Web.ElsaApi.ElsaJsonAssert;

namespace Claims.Tests.Web.ElsaApi;

[Collection(ElsaApiCollection.Name)]
public sealed class DescriptorEndpointTests(ElsaApiFixture api)
{
    [Fact]
    public async Task Activities_OurCategories_RoleDropdowns_FlowchartHidden()
    {
        var items = ItemsAndCount(await api.Underwriter.GetOk("/elsa/api/descriptors/activities?Refresh=True"));
        JsonNode Find(string type) => items.Single(i => i!["typeName"]!.GetValue<string>() == type)!;

        Assert.Equal("Flow", Find("Elsa.Start")["category"]!.GetValue<string>());
        Assert.Equal("Flow", Find("Elsa.Decision")["category"]!.GetValue<string>());
        var task = Find("Claims.HumanTask");
        Assert.Equal("Tasks", task["category"]!.GetValue<string>());
        Assert.Equal("Task", task["kind"]!.GetValue<string>());
        var role = task["inputs"]!.AsArray().Single(i => i!["name"]!.GetValue<string>() == "AssigneeRole")!;
        Assert.Equal("dropdown", role["uiHint"]!.GetValue<string>());
        var choices = role["uiSpecifications"]!["dropdown"]!["selectList"]!["items"]!.AsArray().Select(i => i!["value"]!.GetValue<string>());
        Assert.Contains("SeniorUnderwriter", choices);
        Assert.True(Find("Elsa.Start")["isStart"]!.GetValue<bool>());
        Assert.False(Find("Elsa.Flowchart")["isBrowsable"]!.GetValue<bool>());
        Assert.Equal(["True", "False"], Find("Elsa.Decision")["ports"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Activities_UnknownStoredType_GetsMissingDescriptor()
    {
        var id = "unknown-" + Guid.NewGuid().ToString("N")[..8];
        var body = ElsaApiFixture.Fixture("save-review.json", id);
        body["model"]!["root"]!["activities"]!.AsArray().Add(new JsonObject { ["id"] = "x9", ["type"] = "Motor.RetiredActivity", ["version"] = 3, ["name"] = "Old1" });
        await api.Underwriter.PostOk("/elsa/api/workflow-definitions", body);

        var items = ItemsAndCount(await api.Underwriter.GetOk("/elsa/api/descriptors/activities?Refresh=True"));
        var missing = items.Single(i => i!["typeName"]!.GetValue<string>() == "Motor.RetiredActivity")!;
        Assert.Equal(3, missing["version"]!.GetValue<int>());
        Assert.False(missing["isBrowsable"]!.GetValue<bool>());
        Assert.StartsWith("Missing", missing["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task ExpressionDescriptors_AdvertiseJavaScriptWithMonacoLanguage()
    {
        var items = ItemsAndCount(await api.Underwriter.GetOk("/elsa/api/descriptors/expression-descriptors"));
        var types = items.Select(i => i!["type"]!.GetValue<string>()).ToList();

        Assert.Contains("Literal", types);
        Assert.Contains(types, t => t is not ("Literal" or "Object" or "Variable" or "Input"));
        var js = items.Single(i => i!["type"]!.GetValue<string>() == "JavaScript")!;
        Assert.Equal("javascript", js["properties"]!["MonacoLanguage"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/elsa/api/descriptors/variables", "typeName")]
    [InlineData("/elsa/api/descriptors/storage-drivers", "typeName")]
    [InlineData("/elsa/api/descriptors/workflow-activation-strategies", "typeName")]
    [InlineData("/elsa/api/descriptors/incident-strategies", "typeName")]
    [InlineData("/elsa/api/descriptors/log-persistence-strategies", "typeName")]
    [InlineData("/elsa/api/descriptors/commit-strategies/workflows", null)]
    [InlineData("/elsa/api/descriptors/commit-strategies/activities", null)]
    [InlineData("/elsa/api/features/installed", null)]
    [InlineData("/elsa/api/descriptors/output-converters?sourceType=Int32&destinationType=String", null)]
    public async Task FixedLists_AreItemsAndCount(string url, string? field)
    {
        var items = ItemsAndCount(await api.Adjuster.GetOk(url));
        if (field is not null)
        {
            Assert.NotEmpty(items);
            Assert.All(items, i => Assert.NotNull(i![field]));
        }
    }

    [Fact]
    public async Task TypeDefinitions_DeclareVariablesAndBusinessObjects()
    {
        var id = await api.SaveReviewAsync();
        var response = await api.Underwriter.PostAsync($"/elsa/api/scripting/javascript/type-definitions/{id}",
            JsonContent(new { workflowDefinitionId = id, activityTypeName = "Elsa.Decision", propertyName = "Condition" }));
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, text);
        Assert.Contains("declare let Decision: any;", text);
        Assert.Contains("declare const claim: Claim;", text);
        Assert.Contains("declare const proposal: Proposal;", text);
        Assert.Contains("declare const policy: Policy;", text);
        Assert.Contains("interface Claim {", text);
    }

    private static System.Net.Http.Json.JsonContent JsonContent(object value) => System.Net.Http.Json.JsonContent.Create(value);
}
