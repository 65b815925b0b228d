using System.Reflection;
using Claims.Workflows.Definitions;

namespace Claims.Workflows.Activities;

/// <summary>
/// The activity types an engine knows, discovered from assemblies so other projects can add their own.
/// Lookup is by type name and version; without a version the highest wins.
/// </summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<(string TypeName, int Version), ActivityDescriptor> _descriptors = [];

    /// <summary>A registry with the built-in activities of this assembly.</summary>
    public static ActivityRegistry CreateDefault() => new ActivityRegistry().AddAssembly(typeof(Activity).Assembly);

    public IReadOnlyCollection<ActivityDescriptor> Descriptors => _descriptors.Values;

    public ActivityRegistry AddAssembly(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(IsActivityType))
        {
            Add(type);
        }

        return this;
    }

    public ActivityRegistry Add<T>() where T : Activity, new() => Add(typeof(T));

    public ActivityRegistry Add(Type type)
    {
        if (!IsActivityType(type))
        {
            throw new ArgumentException($"{type.Name} is not a concrete [Activity] class with a parameterless constructor.", nameof(type));
        }

        var descriptor = ActivityDescriber.Describe(type);
        _descriptors[(descriptor.TypeName, descriptor.Version)] = descriptor;
        return this;
    }

    public ActivityDescriptor? Find(string typeName, int? version = null)
    {
        if (version is { } v)
        {
            return _descriptors.GetValueOrDefault((typeName, v));
        }

        return _descriptors.Values.Where(d => d.TypeName == typeName).MaxBy(d => d.Version);
    }

    /// <summary>The node's exact version, else the latest version of its type; a node naming a workflow definition runs that workflow.</summary>
    public ActivityDescriptor? Find(ActivityNode node) => Find(node.Type, node.Version) ?? Find(node.Type)
        ?? (WorkflowDefinitionActivity.DefinitionIdOf(node) is null ? null : Find(WorkflowDefinitionActivity.TypeName));

    /// <summary>The concurrency view of a flowchart: forks, joins and terminals as this registry describes them.</summary>
    public FlowGraph Graph(Flowchart flowchart) => new(flowchart, node => Find(node) switch
    {
        { ClrType: var t } when t == typeof(FlowJoin) => NodeRole.Join,
        { ClrType: var t } when t == typeof(FlowFork) => NodeRole.Fork,
        { IsTerminal: true } => NodeRole.Terminal,
        _ => NodeRole.Plain,
    });

    public Activity Create(ActivityDescriptor descriptor) => (Activity)Activator.CreateInstance(descriptor.ClrType)!;

    private static bool IsActivityType(Type type) =>
        type is { IsClass: true, IsAbstract: false }
        && typeof(Activity).IsAssignableFrom(type)
        && type.GetCustomAttribute<ActivityAttribute>() is not null
        && type.GetConstructor(Type.EmptyTypes) is not null;
}
