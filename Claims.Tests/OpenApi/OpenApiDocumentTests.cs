using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Claims.Tests.Fixtures;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Claims.Tests.OpenApi;

/// <summary>/openapi/v1.json against the app: the records the handlers bind and answer, and the committed snapshot the client is generated from.</summary>
public sealed partial class OpenApiDocumentTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    /// <summary>The one-line refresh, named in the failure message and the README.</summary>
    public const string RefreshCommand =
        "UPDATE_OPENAPI_SNAPSHOT=1 dotnet test Claims.Tests -p:SkipElsaStudio=true --filter FullyQualifiedName~OpenApiDocumentTests.Document_EqualsCommittedSnapshot";

    private readonly ClaimsAppFactory _app = fixture.App;

    [Fact]
    public async Task Document_EqualsCommittedSnapshot()
    {
        var live = await LiveDocumentAsync();
        var path = SnapshotPath();
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI_SNAPSHOT") == "1")
        {
            await File.WriteAllTextAsync(path, live.ToJsonString(new JsonSerializerOptions
            {
                WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }) + "\n");
        }

        var snapshot = JsonNode.Parse(await File.ReadAllTextAsync(path));
        Assert.True(JsonNode.DeepEquals(live, snapshot),
            $"/openapi/v1.json differs from Claims.Tests/OpenApi/claims-v1.json, which the generated client is built from. Refresh it: {RefreshCommand}");
    }

    [Fact]
    public async Task EveryOperation_NamedOnceWithSuccessAndProblemResponses()
    {
        var document = await LiveDocumentAsync();
        var operations = Operations(document).ToList();
        var ids = operations.Select(o => (string?)o.Operation["operationId"]).ToList();

        Assert.Equal(ApiDescriptions().Count, operations.Count);
        Assert.DoesNotContain(operations, o => o.Path.StartsWith("/elsa", StringComparison.Ordinal));
        Assert.All(ids, id => Assert.False(string.IsNullOrEmpty(id)));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.NotNull(document["components"]?["securitySchemes"]?["Bearer"]);
        foreach (var (method, path, operation) in operations)
        {
            var responses = operation["responses"]!.AsObject();
            Assert.True(responses.Any(r => r.Key.StartsWith('2')), $"{method} {path} declares no success response");
            foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
            {
                var content = response!["content"]?.AsObject();
                Assert.True(content is { Count: 1 } && content.ContainsKey("application/problem+json"), $"{method} {path} {status} is not problem details");
            }

            var secured = operation["security"] is JsonArray { Count: > 0 };
            Assert.Equal(secured, responses.ContainsKey("401") && responses.ContainsKey("403"));
        }
    }

    [Fact]
    public async Task EveryBodyAndAnswer_IsTheSchemaOfTheRecordTheHandlerUses()
    {
        var document = await LiveDocumentAsync();
        var json = _app.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var schemaTypes = new Dictionary<string, HashSet<Type>>();
        var checkedSchemas = 0;
        foreach (var description in ApiDescriptions())
        {
            var path = "/" + RouteConstraint().Replace(description.RelativePath!.Split('?')[0], "{$1}");
            var operation = document["paths"]![path]![description.HttpMethod!.ToLowerInvariant()]!;
            var body = description.ParameterDescriptions.SingleOrDefault(p => p.Source == BindingSource.Body);
            if (body is null)
            {
                Assert.True(operation["requestBody"] is null, $"{path} declares a body its handler does not read");
            }
            else if (body.Type != typeof(string) && operation["requestBody"]!["content"]!["application/json"] is { } jsonBody)
            {
                // Multipart forms (attachments) have no JSON contract to compare: only JSON bodies are checked.
                checkedSchemas += Check(document, jsonBody["schema"]!, body.Type, json, schemaTypes, $"{path} body");
            }

            foreach (var answer in description.SupportedResponseTypes.Where(r => r.Type is not null && r.Type != typeof(void)))
            {
                var content = operation["responses"]![answer.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)]!["content"]!.AsObject();
                checkedSchemas += Check(document, content.Single().Value!["schema"]!, answer.Type!, json, schemaTypes, $"{path} {answer.StatusCode}");
            }
        }

        var shared = schemaTypes.Where(s => s.Value.Count > 1).Select(s => $"{s.Key}: {string.Join(", ", s.Value.Select(t => t.FullName))}");
        Assert.Empty(shared);
        Assert.True(checkedSchemas > 60, $"only {checkedSchemas} schemas checked");
    }

    /// <summary>
    /// The schema against the type's JSON contract: a referenced schema names one type only, an object has exactly the
    /// type's JSON properties, and so on down every property. The number of object schemas compared.
    /// </summary>
    private static int Check(JsonNode document, JsonNode schema, Type type, JsonSerializerOptions json, Dictionary<string, HashSet<Type>> names, string where)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (Reference(schema) is { } name)
        {
            var seen = names.TryGetValue(name, out var types);
            (types ??= names[name] = []).Add(type);
            if (seen)
            {
                return 0;
            }

            schema = document["components"]!["schemas"]![name]!;
        }
        else if ((schema["allOf"] ?? schema["oneOf"] ?? schema["anyOf"]) is JsonArray options && options.FirstOrDefault(o => Reference(o!) is not null) is { } referenced)
        {
            return Check(document, referenced, type, json, names, where);
        }

        var info = json.GetTypeInfo(type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Enumerable:
                return Check(document, schema["items"]!, info.ElementType!, json, names, where + "[]");
            case JsonTypeInfoKind.Object when info.Properties.Any(p => !p.IsExtensionData):
                var members = info.Properties.Where(p => !p.IsExtensionData).ToList();
                var properties = schema["properties"]!.AsObject();
                Assert.True(
                    members.Select(p => p.Name).Order().SequenceEqual(properties.Select(p => p.Key).Order()),
                    $"{where}: the schema has {string.Join(", ", properties.Select(p => p.Key))} but {type.Name} has {string.Join(", ", members.Select(p => p.Name))}");
                return 1 + members.Sum(p => Check(document, properties[p.Name]!, p.PropertyType, json, names, $"{where}.{p.Name}"));
            default:
                return 0;
        }
    }

    private static string? Reference(JsonNode schema) =>
        schema is JsonObject o && o["$ref"]?.GetValue<string>() is { } reference ? reference[(reference.LastIndexOf('/') + 1)..] : null;

    private List<ApiDescription> ApiDescriptions() =>
        [.. _app.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items.SelectMany(g => g.Items)
            .Where(d => d.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Routing.IExcludeFromDescriptionMetadata>().All(m => !m.ExcludeFromDescription))];

    private static IEnumerable<(string Method, string Path, JsonNode Operation)> Operations(JsonNode document) =>
        from path in document["paths"]!.AsObject()
        from operation in path.Value!.AsObject()
        select (operation.Key, path.Key, operation.Value!);

    /// <summary>The live document without its servers, which name the host that served it.</summary>
    private async Task<JsonNode> LiveDocumentAsync()
    {
        var document = JsonNode.Parse(await _app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        document.AsObject().Remove("servers");
        return document;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{(\w+):[^}]*\}")]
    private static partial System.Text.RegularExpressions.Regex RouteConstraint();

    private static string SnapshotPath([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "claims-v1.json");
}
