using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;

namespace Claims.Tests.Web.ElsaApi;

/// <summary>The app with demo users over a temp SQLite file, shared by the Elsa API contract tests.</summary>
public sealed class ElsaApiFixture : IAsyncLifetime
{
    public ClaimsAppFactory App { get; } = ClaimsAppFactory.WithSqlite();

    public HttpClient Underwriter { get; private set; } = null!;
    public HttpClient Adjuster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App.Settings["Demo:Seed"] = "true";
        Underwriter = await ApiClients.ForAsync(App, "underwriter");
        Adjuster = await ApiClients.ForAsync(App, "adjuster");
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    /// <summary>A request body in the shape Studio 3.8.2 sends, from Fixtures/; REPLACED-BY-TEST becomes <paramref name="definitionId"/>.</summary>
    public static JsonObject Fixture(string name, string? definitionId = null)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Web", "ElsaApi", "Fixtures", name));
        return JsonNode.Parse(definitionId is null ? text : text.Replace("REPLACED-BY-TEST", definitionId))!.AsObject();
    }

    /// <summary>Saves the review workflow (Start → Review → Accepted/Declined) as a draft under a new definition id.</summary>
    public async Task<string> SaveReviewAsync(bool publish = false)
    {
        var id = "review-" + Guid.NewGuid().ToString("N")[..8];
        var body = Fixture("save-review.json", id);
        body["publish"] = publish;
        (await Underwriter.PostAsJsonAsync("/elsa/api/workflow-definitions", body)).EnsureSuccessStatusCode();
        return id;
    }
}

[CollectionDefinition(Name)]
public sealed class ElsaApiCollection : ICollectionFixture<ElsaApiFixture>
{
    public const string Name = "elsa-api";
}
