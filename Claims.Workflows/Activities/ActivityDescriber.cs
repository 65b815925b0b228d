using System.Reflection;
using Claims.Workflows.Expressions;

namespace Claims.Workflows.Activities;

/// <summary>Builds an <see cref="ActivityDescriptor"/> from an activity class and its attributes.</summary>
public static class ActivityDescriber
{
    public static ActivityDescriptor Describe(Type type)
    {
        var attribute = type.GetCustomAttribute<ActivityAttribute>()
            ?? throw new ArgumentException($"{type.Name} has no [Activity] attribute.", nameof(type));
        var dot = attribute.TypeName.LastIndexOf('.');
        var name = dot < 0 ? attribute.TypeName : attribute.TypeName[(dot + 1)..];
        var ns = dot < 0 ? "" : attribute.TypeName[..dot];
        var outcomes = type.GetCustomAttribute<FlowNodeAttribute>()?.Outcomes ?? [];
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        return new ActivityDescriptor(
            attribute.TypeName, ns, name, attribute.Version, attribute.Category,
            attribute.DisplayName ?? Humanize(name), attribute.Description, attribute.Kind,
            attribute.IsStart, attribute.IsTerminal, attribute.IsBrowsable, attribute.IsContainer,
            properties.Select(DescribeInput).OfType<InputDescriptor>()
                .Where(i => i.Property.DeclaringType != typeof(Activity) || Retryable(attribute))
                .OrderBy(i => i.Order).ToList(),
            properties.Select(DescribeOutput).OfType<OutputDescriptor>().ToList(),
            outcomes.Select(o => new ActivityPort(o, Humanize(o))).ToList(),
            type);
    }

    /// <summary>Retry settings are offered where something outside the engine is called; flow control has nothing to retry.</summary>
    private static bool Retryable(ActivityAttribute activity) => activity is { IsStart: false, IsTerminal: false } && activity.Category != "Flow";

    private static InputDescriptor? DescribeInput(PropertyInfo property, int index)
    {
        if (property.GetCustomAttribute<InputAttribute>() is not { } input)
        {
            return null;
        }

        var options = input.Options ?? [];
        if (input.OptionsProvider is { } provider)
        {
            options = [.. ((IInputOptionsProvider)Activator.CreateInstance(provider)!).GetOptions()];
        }

        var uiHint = input.UiHint ?? DefaultUiHint(property.PropertyType, options.Length > 0 || input.OptionsSource is not null);
        return new InputDescriptor(
            property.Name, TypeAliases.AliasOf(property.PropertyType), input.DisplayName ?? Humanize(property.Name),
            input.Description, uiHint, input.Order == 0 ? index : input.Order, input.Category, input.IsWrapped,
            input.DefaultValue, input.DefaultSyntax, options.Select(o => new SelectListItem(o, o)).ToList(), property, input.OptionsSource);
    }

    private static OutputDescriptor? DescribeOutput(PropertyInfo property) =>
        property.GetCustomAttribute<OutputAttribute>() is { } output
            ? new OutputDescriptor(property.Name, TypeAliases.AliasOf(property.PropertyType),
                output.DisplayName ?? Humanize(property.Name), output.Description, property)
            : null;

    private static string DefaultUiHint(Type type, bool hasOptions)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return hasOptions ? "dropdown"
            : t == typeof(bool) ? "checkbox"
            : t == typeof(DateTime) || t == typeof(DateTimeOffset) ? "datetime-picker"
            : TypeAliases.IsStringList(t) ? "multitext"
            : "singleline";
    }

    /// <summary>"AssigneeRole" → "Assignee role".</summary>
    public static string Humanize(string name)
    {
        var chars = new List<char>(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && char.IsLower(name[i - 1]))
            {
                chars.Add(' ');
                chars.Add(char.ToLowerInvariant(name[i]));
            }
            else
            {
                chars.Add(name[i]);
            }
        }

        return new string([.. chars]);
    }
}
