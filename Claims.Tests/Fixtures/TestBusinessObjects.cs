using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Claims.Workflows.Hosting;

namespace Claims.Tests.Fixtures;

/// <summary>A claim store the test controls, visible to workflow expressions as <c>claim</c>.</summary>
public sealed class TestClaims : IBusinessObjectLoader
{
    public ConcurrentDictionary<string, JsonNode?> Data { get; } = new();

    public string Name => "claim";

    public Task<JsonNode?> LoadAsync(string id, CancellationToken ct) =>
        Task.FromResult(Data.TryGetValue(id, out var node) ? node?.DeepClone() : null);
}
