using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Claims.Tests.Web.ElsaApi;

public static class ElsaJsonAssert
{
    public static async Task<JsonObject> OkJson(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        var json = JsonNode.Parse(text)!.AsObject();
        CamelCase(json);
        return json;
    }

    public static Task<JsonObject> GetOk(this HttpClient client, string url) => client.GetAsync(url).ContinueWith(t => OkJson(t.Result)).Unwrap();

    public static Task<JsonObject> PostOk(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body).ContinueWith(t => OkJson(t.Result)).Unwrap();

    /// <summary>Studio reads case-sensitively: every property name it sees starts lower-case.</summary>
    public static void CamelCase(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                // Dictionaries Studio treats as data (expression properties, customProperties, errors) may hold any key.
                Assert.True(char.IsLower(key[0]) || key is "MonacoLanguage", $"'{key}' is not camelCase");
                if (key is not ("customProperties" or "properties" or "errors" or "variables" or "input" or "payload"))
                {
                    CamelCase(value);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                CamelCase(item);
            }
        }
    }

    /// <summary>An Elsa list response: <c>items</c> is an array and <c>count</c> matches.</summary>
    public static JsonArray ItemsAndCount(JsonObject json)
    {
        var items = Assert.IsType<JsonArray>(json["items"]);
        Assert.Equal(items.Count, json["count"]!.GetValue<int>());
        return items;
    }

    public static IReadOnlyList<string> Rels(JsonNode? links) =>
        (links as JsonArray ?? throw new Xunit.Sdk.XunitException("links is not an array")).Select(l => l!["rel"]!.GetValue<string>()).ToList();
}
