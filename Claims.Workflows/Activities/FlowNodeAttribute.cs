namespace Claims.Workflows.Activities;

/// <summary>The fixed outcomes of an activity; each becomes a Flow port. Without it the port is <c>Done</c>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class FlowNodeAttribute(params string[] outcomes) : Attribute
{
    public IReadOnlyList<string> Outcomes { get; } = outcomes;
}
