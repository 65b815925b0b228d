namespace Claims.Workflows.Activities;

public enum ActivityKind { Action, Trigger, Job, Task }

/// <summary>Marks a class as an activity; <paramref name="typeName"/> is the <c>type</c> in the JSON.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string typeName) : Attribute
{
    public string TypeName { get; } = typeName;
    public int Version { get; init; } = 1;
    public string Category { get; init; } = "Miscellaneous";
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public ActivityKind Kind { get; init; } = ActivityKind.Action;
    public bool IsStart { get; init; }
    public bool IsTerminal { get; init; }
    public bool IsBrowsable { get; init; } = true;
    public bool IsContainer { get; init; }
}
