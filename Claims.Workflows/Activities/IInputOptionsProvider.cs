namespace Claims.Workflows.Activities;

/// <summary>Supplies dropdown choices for an input; needs a parameterless constructor.</summary>
public interface IInputOptionsProvider
{
    IReadOnlyList<string> GetOptions();
}
