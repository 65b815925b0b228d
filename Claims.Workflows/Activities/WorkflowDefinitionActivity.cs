using System.Text.Json.Nodes;
using Claims.Workflows.Definitions;
using Claims.Workflows.Engine;
using Claims.Workflows.Expressions;

namespace Claims.Workflows.Activities;

/// <summary>
/// A node of a workflow definition used as an activity (options.usableAsActivity): Studio names the node's type after the
/// definition and stores its <c>workflowDefinitionId</c>; the registry resolves any such node to this activity. It starts
/// the child's published version with the node's inputs (each an expression property named after a definition input)
/// and waits for it; each output property bound to a variable receives the child's output of that name.
/// </summary>
[Activity(TypeName, Category = "Composition", DisplayName = "Workflow", IsBrowsable = false,
    Description = "Runs a workflow definition marked usable as an activity and waits for it.")]
public sealed class WorkflowDefinitionActivity : Activity
{
    public const string TypeName = "Claims.WorkflowDefinitionActivity";
    public const string DefinitionIdKey = "workflowDefinitionId";

    /// <summary>Node keys that are not inputs of the child.</summary>
    private static readonly HashSet<string> NodeKeys =
    [
        "id", "nodeId", "type", "version", "name", "metadata", "customProperties", DefinitionIdKey, "workflowDefinitionVersionId",
        "latestAvailablePublishedVersion", "latestAvailablePublishedVersionId", "retryAttempts", "retryDelay",
    ];

    public static string? DefinitionIdOf(ActivityNode node) =>
        node.Json[DefinitionIdKey] is JsonValue v && v.TryGetValue(out string? id) && id.Length > 0 ? id : null;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var definitionId = DefinitionIdOf(context.Node)
            ?? throw new InvalidOperationException("The node names no workflow definition (workflowDefinitionId).");
        var input = new JsonObject();
        foreach (var (key, value) in context.Node.Json.Where(p => !NodeKeys.Contains(p.Key)))
        {
            if (InputValue.Read(value)?.Expression is { } expression)
            {
                input[key] = ValueConverter.ToJson(context.Evaluate(expression, typeof(object)));
            }
        }

        context.DispatchWorkflow(definitionId, input, null, wait: true);
        return ValueTask.CompletedTask;
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context, ResumeInput input)
    {
        var completion = ChildWorkflowEnd.Read(input.Payload);
        foreach (var (key, value) in context.Node.Json.Where(p => !NodeKeys.Contains(p.Key)))
        {
            if (InputValue.Read(value) is { Expression: null, MemoryReferenceId: { } id } && context.FindVariable(id) is { } variable)
            {
                context.SetVariable(variable.Name, Find(completion.Output, key));
            }
        }

        context.Note = $"Child {completion.DefinitionId} {completion.ChildInstanceId} finished.";
        context.Complete();
        return ValueTask.CompletedTask;
    }

    public override IEnumerable<string> Check(ActivityNode node, ActivityDescriptor descriptor)
    {
        if (DefinitionIdOf(node) is null)
        {
            yield return "The node names no workflow definition (workflowDefinitionId).";
        }
    }

    /// <summary>Studio camel-cases property names; the child's output keeps the definition's spelling.</summary>
    private static JsonNode? Find(JsonObject? output, string key) =>
        output?.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value?.DeepClone();
}
