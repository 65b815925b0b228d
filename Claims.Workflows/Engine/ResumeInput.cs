using System.Text.Json.Nodes;

namespace Claims.Workflows.Engine;

/// <summary>What the resumer brings: the chosen outcome (e.g. "Approve") and any form data.</summary>
public sealed record ResumeInput(string? Outcome = null, JsonNode? Payload = null);
