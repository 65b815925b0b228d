namespace Claims.Workflows.Activities;

/// <summary>An activity property written to the variable the designer bound it to, after completion.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OutputAttribute : Attribute
{
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
}
