using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Claims.Tests.Web;

/// <summary>
/// Every JSON request body the app's own OpenAPI document declares, sent in hostile variants generated from its schema:
/// every answer is below 500, and a refused (4xx) request leaves every table as it was.
/// </summary>
public sealed class OpenApiFuzzTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Tables a refused request may legitimately touch: keys, the migration history, job bookkeeping, the sign-in audit.</summary>
    private static readonly string[] LogTables = ["DataProtectionKeys", "__EFMigrationsHistory", "JobRuns", "SignInFailures", "Sessions"];

    // What the serializer cannot write (a lone surrogate, nesting past 64) goes in as a placeholder and is spliced into the text.
    private const string LoneSurrogate = "__LONE_SURROGATE__";
    private const string DeepNesting = "__DEEP_NESTING__";

    private readonly LiveAppHost _app = new(kestrel: false, new Dictionary<string, string?> { ["Scheduling:Enabled"] = "false" });

    [Fact]
    public async Task JsonBodies_HostileVariantsFromTheSchema_NeverServerErrorAndRefusalsWriteNothing()
    {
        var client = await ApiClients.ForAllRolesAsync(_app);
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var policy = await ClaimScenarios.PolicyAsync(_app, 7);
        var claim = (await (await ClaimScenarios.ReportAsync(adjuster, policy.Number, DateTimeOffset.UtcNow.AddDays(-1))).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetGuid();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        using var db = new SqliteConnection(ConnectionString());
        await db.OpenAsync();
        var snapshot = new Snapshot(db);
        await snapshot.SettleAsync();

        var clock = Stopwatch.StartNew();
        var (sent, serverErrors, refused, accepted, operations) = (0, new List<string>(), 0, 0, 0);
        var wrote = new List<string>();
        var statuses = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, method, schema) in JsonOperations(document))
        {
            operations++;
            // The claim routes go to the claim's adjuster with a claim under survey, so variants reach the estimate's rules.
            var (caller, url) = path.StartsWith("/api/claims/{id}", StringComparison.Ordinal) ? (adjuster, path.Replace("{id}", claim.ToString())) : (client, Fill(path));
            foreach (var (name, body) in Variants(document, schema))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                var response = await caller.SendAsync(request);
                sent++;
                var status = (int)response.StatusCode;
                statuses[$"{method.ToUpperInvariant()} {path}"] = statuses.GetValueOrDefault($"{method.ToUpperInvariant()} {path}", "") + $" {status}";
                if (status >= 500)
                {
                    serverErrors.Add($"{method.ToUpperInvariant()} {path} [{name}] → {status}: {Shorten(await response.Content.ReadAsStringAsync())}");
                }

                if (status is >= 400 and < 500)
                {
                    refused++;
                    if (await snapshot.ChangedAsync())
                    {
                        wrote.Add($"{method.ToUpperInvariant()} {path} [{name}] → {status} changed {string.Join(", ", snapshot.LastDifference)}");
                    }
                }
                else
                {
                    accepted++;
                    await snapshot.SettleAsync();
                }
            }
        }

        output.WriteLine($"{operations} operations, {sent} requests in {clock.Elapsed.TotalSeconds:0.0} s: {refused} refused (4xx), {accepted} accepted, "
            + $"{serverErrors.Count} 5xx; {snapshot.Fingerprints} full snapshots of {snapshot.Tables} tables (excluding {string.Join(", ", LogTables)}).");
        foreach (var (operation, answers) in statuses)
        {
            output.WriteLine($"  {operation}: " + string.Join(", ", answers.Split(' ', StringSplitOptions.RemoveEmptyEntries).GroupBy(a => a).OrderBy(g => g.Key).Select(g => $"{g.Count()} × {g.Key}")));
        }

        Assert.True(operations >= 5, $"the OpenAPI document should declare JSON bodies; found {operations}");
        Assert.True(serverErrors.Count == 0, string.Join("\n", serverErrors.Take(25)));
        Assert.True(wrote.Count == 0, string.Join("\n", wrote.Take(25)));
    }

    private string ConnectionString()
    {
        using var scope = _app.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<Claims.Web.Infrastructure.Data.ClaimsDbContext>();
        return Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetConnectionString(context.Database)!;
    }

    /// <summary>(path, method, request schema) of every operation whose body is JSON.</summary>
    private static IEnumerable<(string Path, string Method, JsonNode Schema)> JsonOperations(JsonNode document)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject().Where(m => m.Key is "post" or "put" or "patch"))
            {
                if (operation?["requestBody"]?["content"]?.AsObject().FirstOrDefault(c => c.Key.Contains("json", StringComparison.Ordinal)).Value?["schema"] is { } schema)
                {
                    yield return (path, method, schema);
                }
            }
        }
    }

    private static string Fill(string path) => System.Text.RegularExpressions.Regex.Replace(path, "{[^}]+}", _ => Guid.NewGuid().ToString());

    // ---- generation -------------------------------------------------------------------------------------------

    private static JsonNode Resolve(JsonNode document, JsonNode schema)
    {
        for (var i = 0; i < 10 && schema["$ref"] is JsonValue reference; i++)
        {
            schema = document["components"]!["schemas"]![reference.GetValue<string>().Split('/').Last()]!;
        }

        return schema["allOf"] is JsonArray all && all.Count > 0 ? Resolve(document, all[0]!)
            : schema["oneOf"] is JsonArray one && one.Count > 0 ? Resolve(document, one.First(s => Type(document, s!) != "null")!)
            : schema["anyOf"] is JsonArray any && any.Count > 0 ? Resolve(document, any.First(s => Type(document, s!) != "null")!)
            : schema;
    }

    private static string Type(JsonNode document, JsonNode schema)
    {
        var resolved = schema["$ref"] is null ? schema : Resolve(document, schema);
        return resolved["type"] switch
        {
            JsonValue v => v.GetValue<string>(),
            JsonArray a => a.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "null",
            _ => resolved["properties"] is not null ? "object" : resolved["items"] is not null ? "array" : "any",
        };
    }

    /// <summary>A plausible value of the schema: what the hostile variants start from.</summary>
    private static JsonNode? Sample(JsonNode document, JsonNode schema, int depth = 0)
    {
        var s = Resolve(document, schema);
        if (s["enum"] is JsonArray values && values.Count > 0)
        {
            return values.FirstOrDefault(v => v is not null)?.DeepClone();
        }

        return Type(document, s) switch
        {
            "object" when depth < 4 => new JsonObject((s["properties"]?.AsObject() ?? [])
                .Select(p => KeyValuePair.Create(p.Key, Sample(document, p.Value!, depth + 1)))),
            "array" when depth < 4 && s["items"] is { } items => new JsonArray(Sample(document, items, depth + 1)),
            "string" => (s["format"]?.GetValue<string>()) switch
            {
                "uuid" => Guid.NewGuid().ToString(),
                "date" => "2026-01-15",
                "date-time" => "2026-01-15T10:00:00Z",
                _ => "x",
            },
            "integer" => 1,
            "number" => 1.5m,
            "boolean" => true,
            _ => null,
        };
    }

    /// <summary>The hostile values for one field of this schema.</summary>
    private static IEnumerable<(string Name, JsonNode? Value)> HostileValues(JsonNode document, JsonNode schema, bool first)
    {
        var s = Resolve(document, schema);
        var type = Type(document, s);
        yield return ("null", null);
        yield return ("wrong type", type == "string" ? JsonValue.Create(12345) : JsonValue.Create("not-a-" + type));
        yield return ("object instead", new JsonObject { ["a"] = new JsonObject { ["b"] = 1 } });
        switch (type)
        {
            case "integer" or "number":
                foreach (var n in new[] { "1e30", "-1e30", "79228162514264337593543950335", "-79228162514264337593543950335", "2147483648", "-1", "0", "1.005" })
                {
                    yield return (n, JsonNode.Parse(n));
                }

                foreach (var bound in new[] { "minimum", "maximum" }.Select(b => s[b]).OfType<JsonValue>())
                {
                    var value = decimal.Parse(bound.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);
                    yield return ($"bound {value}-1", JsonValue.Create(value - 1));
                    yield return ($"bound {value}+1", JsonValue.Create(value + 1));
                }

                break;
            case "string":
                var max = s["maxLength"]?.GetValue<int>();
                yield return ("empty", "");
                yield return ("whitespace", "   ");
                yield return ($"length {(max ?? 200) + 1}", new string('a', (max ?? 200) + 1));
                yield return ("length 4001", new string('b', 4001));
                if (first)
                {
                    yield return ("1 MB", new string('c', 1 << 20));
                }

                yield return ("lone surrogate", LoneSurrogate);
                yield return ("right-to-left override", "\u202Eexe.fdp");
                yield return ("zero-width", "a\u200B\u200C\u200Db\uFEFF");
                yield return ("NUL", "a\0b");
                yield return ("emoji and CJK", "🚗💥 沪B·12345");
                yield return ("formula", "=HYPERLINK(\"http://x\",\"y\")");
                yield return ("bad date", "2026-02-30T25:61:00Z");
                yield return ("year 9999", "9999-12-31T23:59:59Z");
                yield return ("year 1", "0001-01-01");
                break;
            case "array":
                var item = s["items"] is { } items ? Sample(document, items) : null;
                yield return ("array of nulls", new JsonArray(null, null, null));
                yield return ("array of wrong types", new JsonArray(1, "x", new JsonArray(), true));
                yield return ("10,000 items", new JsonArray([.. Enumerable.Range(0, 10_000).Select(_ => item?.DeepClone())]));
                yield return ("empty", new JsonArray());
                break;
            case "boolean":
                yield return ("string true", "true");
                break;
        }

        yield return ("nested 100 deep", DeepNesting);
    }

    /// <summary>Whole-body variants, then one variant per field (up to two levels in) per hostile value, and missing fields.</summary>
    private static IEnumerable<(string Name, string Body)> Variants(JsonNode document, JsonNode schema)
    {
        var sample = Sample(document, schema);
        var text = sample?.ToJsonString() ?? "null";
        yield return ("sample", text);
        yield return ("body null", "null");
        yield return ("body array", "[]");
        yield return ("body string", "\"x\"");
        yield return ("body empty object", "{}");
        yield return ("body nested 10,000 deep", string.Concat(Enumerable.Repeat("[", 10_000)) + string.Concat(Enumerable.Repeat("]", 10_000)));
        if (sample is not JsonObject root)
        {
            yield break;
        }

        yield return ("extra field", Render(With(root, ["zzzExtra"], 1)));
        if (root.Count > 0)
        {
            var firstKey = root.First().Key;
            yield return ("duplicate key", text.Insert(1, $"\"{firstKey}\":12345,"));
        }

        var firstString = true;
        foreach (var (path, fieldSchema) in Fields(document, schema, []))
        {
            yield return ($"{string.Join('.', path)} missing", Render(Without(root, path)));
            foreach (var (name, value) in HostileValues(document, fieldSchema, firstString && Type(document, fieldSchema) == "string"))
            {
                yield return ($"{string.Join('.', path)} = {name}", Render(With(root, path, value)));
            }

            firstString &= Type(document, fieldSchema) != "string";
        }
    }

    /// <summary>Each property's path and schema, into objects and the first item of arrays, two levels deep.</summary>
    private static IEnumerable<(object[] Path, JsonNode Schema)> Fields(JsonNode document, JsonNode schema, object[] prefix)
    {
        var s = Resolve(document, schema);
        foreach (var (name, property) in s["properties"]?.AsObject() ?? [])
        {
            object[] path = [.. prefix, name];
            yield return (path, property!);
            if (prefix.Length >= 2)
            {
                continue;
            }

            var inner = Resolve(document, property!);
            var nested = Type(document, inner) switch
            {
                "object" => Fields(document, inner, path),
                "array" when inner["items"] is { } items && Type(document, items) == "object" => Fields(document, items, [.. path, 0]),
                _ => [],
            };
            foreach (var field in nested)
            {
                yield return field;
            }
        }
    }

    private static JsonObject With(JsonObject root, object[] path, JsonNode? value)
    {
        var copy = root.DeepClone().AsObject();
        JsonNode? parent = copy;
        foreach (var step in path[..^1])
        {
            parent = step is int i ? parent?.AsArray().ElementAtOrDefault(i) : parent?[(string)step];
        }

        switch (parent, path[^1])
        {
            case (JsonObject o, string key):
                o[key] = value?.DeepClone();
                break;
            case (JsonArray a, int index) when index < a.Count:
                a[index] = value?.DeepClone();
                break;
        }

        return copy;
    }

    private static JsonObject Without(JsonObject root, object[] path)
    {
        var copy = root.DeepClone().AsObject();
        JsonNode? parent = copy;
        foreach (var step in path[..^1])
        {
            parent = step is int i ? parent?.AsArray().ElementAtOrDefault(i) : parent?[(string)step];
        }

        (parent as JsonObject)?.Remove((string)path[^1]);
        return copy;
    }

    private static string Render(JsonNode node) =>
        node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .Replace($"\"{LoneSurrogate}\"", "\"a\\ud800b\"", StringComparison.Ordinal)
            .Replace($"\"{DeepNesting}\"", new string('[', 100) + new string(']', 100), StringComparison.Ordinal);

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;

    // ---- snapshots --------------------------------------------------------------------------------------------

    /// <summary>
    /// Row counts and a SHA-256 of the rows of every table (but the log tables). SQLite's data_version tells, for free,
    /// whether any other connection committed since the last look; only then are the tables hashed again and compared.
    /// </summary>
    private sealed class Snapshot(SqliteConnection db)
    {
        private long _dataVersion;
        private Dictionary<string, string> _tables = [];

        public int Fingerprints { get; private set; }
        public int Tables => _tables.Count;
        public IReadOnlyList<string> LastDifference { get; private set; } = [];

        /// <summary>
        /// After an accepted write: waits until the app's background work is done (every outbox message sent) and the
        /// database has been quiet for a second (the consumer's commit follows the send), then takes the new baseline.
        /// A shorter wait let an accepted message's inbox row land during the next, refused request (CI at load).
        /// </summary>
        public async Task SettleAsync()
        {
            var quietSince = Stopwatch.StartNew();
            var version = await DataVersionAsync();
            for (var waited = Stopwatch.StartNew(); (quietSince.ElapsedMilliseconds < 1000 || await UnsentAsync() > 0) && waited.Elapsed < TimeSpan.FromSeconds(10);)
            {
                await Task.Delay(50);
                var now = await DataVersionAsync();
                if (now != version)
                {
                    (version, quietSince) = (now, Stopwatch.StartNew());
                }
            }

            (_dataVersion, _tables) = (version, await FingerprintAsync());
        }

        public async Task<bool> ChangedAsync()
        {
            var version = await DataVersionAsync();
            if (version == _dataVersion)
            {
                return false;
            }

            var now = await FingerprintAsync();
            LastDifference = [.. now.Where(t => !_tables.TryGetValue(t.Key, out var before) || before != t.Value).Select(t => t.Key)];
            (_dataVersion, _tables) = (version, now);
            return LastDifference.Count > 0;
        }

        private async Task<long> UnsentAsync()
        {
            await using var command = db.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM OutboxMessages WHERE SentAt IS NULL";
            return (long)(await command.ExecuteScalarAsync())!;
        }

        private async Task<long> DataVersionAsync()
        {
            await using var command = db.CreateCommand();
            command.CommandText = "PRAGMA data_version";
            return (long)(await command.ExecuteScalarAsync())!;
        }

        private async Task<Dictionary<string, string>> FingerprintAsync()
        {
            Fingerprints++;
            var names = new List<string>();
            await using (var list = db.CreateCommand())
            {
                list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
                await using var reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    names.Add(reader.GetString(0));
                }
            }

            var result = new Dictionary<string, string>();
            foreach (var name in names.Where(n => !LogTables.Contains(n, StringComparer.Ordinal)))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var rows = 0;
                await using var command = db.CreateCommand();
                command.CommandText = $"SELECT * FROM \"{name}\" ORDER BY rowid";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    rows++;
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        hash.AppendData(Encoding.UTF8.GetBytes(reader.IsDBNull(i) ? "\u0001" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? ""));
                        hash.AppendData([0]);
                    }
                }

                result[name] = $"{rows}:{Convert.ToHexString(hash.GetHashAndReset())}";
            }

            return result;
        }
    }

    public void Dispose() => _app.Dispose();
}
