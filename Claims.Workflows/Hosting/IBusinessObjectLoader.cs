using System.Text.Json.Nodes;

namespace Claims.Workflows.Hosting;

/// <summary>Loads the current data of a business object (proposal, claim, policy) for expressions on every run.</summary>
public interface IBusinessObjectLoader
{
    /// <summary>The name expressions see, e.g. <c>claim</c>.</summary>
    string Name { get; }

    Task<JsonNode?> LoadAsync(string id, CancellationToken ct);
}
