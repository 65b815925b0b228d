using System.Reflection;
using System.Text.Json.Serialization;

namespace Claims.Workflows.Activities;

/// <summary>What Studio's toolbox and property panel need to know about an activity type.</summary>
public sealed record ActivityDescriptor(
    string TypeName,
    string Namespace,
    string Name,
    int Version,
    string Category,
    string DisplayName,
    string? Description,
    ActivityKind Kind,
    bool IsStart,
    bool IsTerminal,
    bool IsBrowsable,
    bool IsContainer,
    IReadOnlyList<InputDescriptor> Inputs,
    IReadOnlyList<OutputDescriptor> Outputs,
    IReadOnlyList<ActivityPort> Ports,
    [property: JsonIgnore] Type ClrType)
{
    public const string DonePort = "Done";

    /// <summary>
    /// Stands in for a type used by a stored definition but no longer registered, so Studio still draws
    /// the node (it renders an empty canvas otherwise).
    /// </summary>
    public static ActivityDescriptor Missing(string typeName, int version) => new(
        typeName, "Missing", typeName, version, "Missing", $"Missing: {typeName}",
        "This activity type is not installed; the workflow cannot run until it is.", ActivityKind.Action,
        IsStart: false, IsTerminal: false, IsBrowsable: false, IsContainer: false, [], [], [], typeof(Activity));

    /// <summary>The static Flow ports; activities with dynamic outcomes add theirs per node.</summary>
    public IReadOnlyList<string> Outcomes => Ports.Where(p => p.Type == "Flow").Select(p => p.Name).ToList();
}

public sealed record ActivityPort(string Name, string DisplayName, string Type = "Flow", bool IsBrowsable = true);

public sealed record SelectListItem(string Text, string Value);

public sealed record InputDescriptor(
    string Name,
    string TypeName,
    string DisplayName,
    string? Description,
    string UiHint,
    int Order,
    string? Category,
    bool IsWrapped,
    string? DefaultValue,
    string DefaultSyntax,
    IReadOnlyList<SelectListItem> Options,
    [property: JsonIgnore] PropertyInfo Property,
    [property: JsonIgnore] string? OptionsSource = null);

public sealed record OutputDescriptor(string Name, string TypeName, string DisplayName, string? Description, [property: JsonIgnore] PropertyInfo Property);
