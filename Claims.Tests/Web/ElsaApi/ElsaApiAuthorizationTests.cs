using System.Net;
using System.Net.Http.Json;
using static Claims.Tests.Web.ElsaApi.ElsaJsonAssert;

namespace Claims.Tests.Web.ElsaApi;

/// <summary>Underwriters edit; every other staff role sees the same designer read-only; nobody else gets in.</summary>
[Collection(ElsaApiCollection.Name)]
public sealed class ElsaApiAuthorizationTests(ElsaApiFixture api)
{
    [Fact]
    public async Task Anonymous_Is401()
    {
        var anonymous = api.App.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/elsa/api/workflow-definitions")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/elsa/api/descriptors/activities")).StatusCode);
    }

    [Fact]
    public async Task Adjuster_SeesDefinitionsWithoutLinks_AndCannotChangeThem()
    {
        var id = await api.SaveReviewAsync();

        var list = await api.Adjuster.GetOk("/elsa/api/workflow-definitions?versionOptions=Latest&Page=0&PageSize=100");
        Assert.Empty(Rels(list["links"]));
        Assert.All(list["items"]!.AsArray(), i => Assert.Empty(Rels(i!["links"])));
        var definition = await api.Adjuster.GetOk($"/elsa/api/workflow-definitions/by-definition-id/{id}");
        Assert.Empty(Rels(definition["links"]));
        Assert.True(definition["isReadonly"]!.GetValue<bool>());

        var save = ElsaApiFixture.Fixture("save-review.json", id);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Adjuster.PostAsJsonAsync("/elsa/api/workflow-definitions", save)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Adjuster.PostAsync($"/elsa/api/workflow-definitions/{id}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Adjuster.PostAsync($"/elsa/api/workflow-definitions/{id}/execute", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Adjuster.DeleteAsync($"/elsa/api/workflow-definitions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Adjuster.PostAsJsonAsync("/elsa/api/workflow-definitions/import", save["model"])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await api.Adjuster.PostAsJsonAsync("/elsa/api/bulk-actions/publish/workflow-definitions/by-definition-ids", new { definitionIds = new[] { id } })).StatusCode);
    }

    [Fact]
    public async Task SeniorUnderwriter_GetsPublishLinks()
    {
        var senior = await Builders.ApiClients.ForAsync(api.App, "senior.underwriter");

        var list = await senior.GetOk("/elsa/api/workflow-definitions?versionOptions=Latest");

        Assert.Contains("bulk-publish", Rels(list["links"]));
    }
}
