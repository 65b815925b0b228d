namespace Claims.Workflows.Activities;

/// <summary>Dropdown choices that live in reference data (regions, …), read each time the designer asks for descriptors.</summary>
public interface IInputOptionsSource
{
    /// <summary>The name inputs refer to in <see cref="InputAttribute.OptionsSource"/>.</summary>
    string Name { get; }

    Task<IReadOnlyList<SelectListItem>> GetOptionsAsync(CancellationToken ct);
}
