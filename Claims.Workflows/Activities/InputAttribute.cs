namespace Claims.Workflows.Activities;

/// <summary>An activity property filled from the node's JSON before the activity runs.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class InputAttribute : Attribute
{
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public string? UiHint { get; init; }
    public string? DefaultValue { get; init; }
    public string? Category { get; init; }
    public int Order { get; init; }
    /// <summary>False when stored as plain JSON rather than <c>{typeName, expression}</c>.</summary>
    public bool IsWrapped { get; init; } = true;
    public string DefaultSyntax { get; init; } = "Literal";
    /// <summary>Fixed dropdown choices.</summary>
    public string[]? Options { get; init; }
    /// <summary>A type implementing <see cref="IInputOptionsProvider"/> for choices known at run time.</summary>
    public Type? OptionsProvider { get; init; }
    /// <summary>The name of an <see cref="IInputOptionsSource"/> whose choices come from reference data when the designer asks (e.g. <c>regions</c>).</summary>
    public string? OptionsSource { get; init; }
}
