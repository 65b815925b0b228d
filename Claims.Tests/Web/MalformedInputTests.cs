using System.Net;
using System.Text;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Web;

/// <summary>Every API endpoint, found from the routing table, answers malformed input with 400 problem details.</summary>
public sealed class MalformedInputTests : IDisposable
{
    private static readonly Type[] TypedQueryParameters =
        [typeof(int), typeof(long), typeof(decimal), typeof(double), typeof(Guid), typeof(DateOnly), typeof(DateTime), typeof(bool)];

    private readonly LiveAppHost _app = new(kestrel: false);

    [Fact]
    public async Task JsonEndpoints_MalformedBody_Answer400ProblemDetails()
    {
        var client = await ApiClients.ForAllRolesAsync(_app);
        var checkedCount = 0;
        foreach (var endpoint in ApiEndpoints().Where(AcceptsJson))
        {
            foreach (var method in Methods(endpoint).Where(m => m is "POST" or "PUT"))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), Url(endpoint.RoutePattern))
                {
                    Content = new StringContent("{\"broken\": [1, ", Encoding.UTF8, "application/json"),
                };
                var response = await client.SendAsync(request);
                await AssertProblem(response, HttpStatusCode.BadRequest, $"{method} {endpoint.RoutePattern.RawText}");
                checkedCount++;
            }
        }

        Assert.True(checkedCount >= 2, $"expected JSON endpoints to check, found {checkedCount}");
    }

    [Fact]
    public async Task QueryParameters_NotParsable_Answer400ProblemDetails()
    {
        var client = await ApiClients.ForAllRolesAsync(_app);
        foreach (var endpoint in ApiEndpoints().Where(e => Methods(e).Contains("GET")))
        {
            foreach (var parameter in TypedQuery(endpoint))
            {
                var response = await client.GetAsync($"{Url(endpoint.RoutePattern)}?{parameter}=%25not-a-value%25");
                await AssertProblem(response, HttpStatusCode.BadRequest, $"GET {endpoint.RoutePattern.RawText}?{parameter}");
            }
        }
    }

    [Fact]
    public async Task TokenEndpoint_MissingFields_Answers400WithFieldErrors()
    {
        var response = await _app.CreateClient().PostAsync("/api/auth/token", new StringContent("{}", Encoding.UTF8, "application/json"));

        await AssertProblem(response, HttpStatusCode.BadRequest, "token");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("userName", body);
        Assert.Contains("password", body);
    }

    private IEnumerable<RouteEndpoint> ApiEndpoints()
    {
        _ = _app.Server; // builds the host
        return _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.StartsWith("/api/") || raw.StartsWith("/elsa/api/")));
    }

    private static IEnumerable<string> Methods(Endpoint e) =>
        e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [];

    private static bool AcceptsJson(Endpoint e) =>
        e.Metadata.GetOrderedMetadata<IAcceptsMetadata>().Any(a => a.ContentTypes.Any(c => c.Contains("json")));

    private static IEnumerable<string> TypedQuery(Endpoint e) =>
        e.Metadata.GetOrderedMetadata<IParameterBindingMetadata>()
            .Where(p => TypedQueryParameters.Contains(Nullable.GetUnderlyingType(p.ParameterInfo.ParameterType) ?? p.ParameterInfo.ParameterType))
            .Where(p => e is RouteEndpoint r && r.RoutePattern.GetParameter(p.Name) is null)
            .Select(p => p.Name);

    private static string Url(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(Part))));

    private static string Part(RoutePatternPart part) => part switch
    {
        RoutePatternLiteralPart l => l.Content,
        RoutePatternSeparatorPart s => s.Content,
        RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content == "guid") => Guid.NewGuid().ToString(),
        RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content is "int" or "long") => "1",
        _ => "x",
    };

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{what}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose() => _app.Dispose();
}
