using System.Text.Json.Nodes;

namespace Claims.Workflows.Engine;

/// <summary>
/// The record a workflow is about, visible to expressions under <see cref="Name"/> (<c>proposal</c>, <c>claim</c>,
/// <c>policy</c>). Only the reference is stored in the state; the caller supplies fresh data on every run.
/// </summary>
public sealed record BusinessObject(string Name, string? Id, JsonNode? Data)
{
    public BusinessObjectReference Reference => new(Name, Id);
}

public sealed record BusinessObjectReference(string Name, string? Id);
