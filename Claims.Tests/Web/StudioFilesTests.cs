using System.Net;
using Claims.Tests.Web.ElsaApi;
using Claims.Web.Infrastructure.Studio;
using Microsoft.AspNetCore.Http;

namespace Claims.Tests.Web;

/// <summary>Issue 16: the designer's files cache for as long as their names allow, and no page asks for a missing icon.</summary>
[Collection(ElsaApiCollection.Name)]
public sealed class StudioFilesTests(ElsaApiFixture api)
{
    [Theory]
    [InlineData("/studio/_framework/Elsa.Studio.Workflows.8p8xy3ufg9.wasm", "public, max-age=31536000, immutable")]
    [InlineData("/studio/_framework/Elsa.Studio.Workflows.8p8xy3ufg9.wasm.br", "public, max-age=31536000, immutable")]
    [InlineData("/studio/_framework/icudt.oh1zvcfom8.dat", "public, max-age=31536000, immutable")]
    [InlineData("/studio/_framework/dotnet.js", "public, max-age=86400")]
    [InlineData("/studio/_framework/blazor.webassembly.js", "public, max-age=86400")]
    [InlineData("/studio/_content/MudBlazor/MudBlazor.min.js", "public, max-age=86400")]
    public void CacheControl_ByName_ImmutableOnlyWhenFingerprinted(string path, string expected) =>
        Assert.Equal(expected, StudioFiles.CacheControl(new PathString(path)));

    [Fact]
    public async Task Favicon_Anonymous_IsServedAsAnIcon()
    {
        using var anonymous = api.App.CreateClient();

        var response = await anonymous.GetAsync("/favicon.ico");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
    }
}
