using System.Net;
using System.Text.Json;
using Claims.Tests.Fixtures;

namespace Claims.Tests.Web;

public sealed class HostingTests : IDisposable
{
    private readonly LiveAppHost _app = new(kestrel: false);

    [Fact]
    public async Task Health_EmbeddedDefaults_ReportsDatabaseAndBusHealthy()
    {
        var response = await (await Claims.Tests.Builders.ApiClients.ForAsync(_app, "admin")).GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = json.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal("Healthy", checks["database"]);
        Assert.Equal("Healthy", checks["masstransit-bus"]);
    }

    [Fact]
    public async Task OpenApi_Document_ListsTheTaskEndpoints()
    {
        var client = _app.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");
        var ui = await client.GetAsync("/api-docs");

        Assert.Contains("\"/api/tasks/{id}/complete\"", document);
        Assert.Contains("\"/api/auth/token\"", document);
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
    }

    [Fact]
    public async Task HomePage_Anonymous_RedirectsToLogin()
    {
        var client = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    public void Dispose() => _app.Dispose();
}
