namespace Claims.Workflows.Definitions;

/// <summary>A reason a definition cannot be published, naming the node it concerns (if any).</summary>
public sealed record ValidationError(string? ActivityId, string? ActivityName, string Message)
{
    public static ValidationError Workflow(string message) => new(null, null, message);

    public static ValidationError At(ActivityNode node, string message) => new(node.Id, node.Name, message);

    public override string ToString() =>
        ActivityId is null ? Message : $"{(ActivityName is { Length: > 0 } ? $"{ActivityName} ({ActivityId})" : ActivityId)}: {Message}";
}
