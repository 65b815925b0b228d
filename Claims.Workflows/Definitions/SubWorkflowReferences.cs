using Claims.Workflows.Activities;
using Claims.Workflows.Expressions;

namespace Claims.Workflows.Definitions;

/// <summary>A node that starts another workflow named by a literal id; <see cref="Waits"/> when the parent waits for it.</summary>
public sealed record SubWorkflowReference(ActivityNode Node, string DefinitionId, bool Waits);

/// <summary>
/// The publish checks of sub-workflows, which need the other definitions: a dispatch must name a published workflow,
/// and a workflow must not wait for itself (directly or through others), which would park every instance forever.
/// A definition id given by an expression is only known at run time and is not checked here.
/// </summary>
public static class SubWorkflowReferences
{
    public static IEnumerable<SubWorkflowReference> Of(WorkflowDefinition definition, ActivityRegistry registry)
    {
        foreach (var node in definition.Flowchart.Activities)
        {
            var clr = registry.Find(node)?.ClrType;
            if (clr == typeof(WorkflowDefinitionActivity) && WorkflowDefinitionActivity.DefinitionIdOf(node) is { } usedId)
            {
                yield return new SubWorkflowReference(node, usedId, Waits: true);
            }
            else if (clr is not null && typeof(DispatchWorkflow).IsAssignableFrom(clr) && Literal(node, nameof(DispatchWorkflow.WorkflowDefinitionId)) is { Length: > 0 } id)
            {
                var waits = bool.TryParse(Literal(node, nameof(DispatchWorkflow.WaitForCompletion)), out var w) && w;
                yield return new SubWorkflowReference(node, id, waits);
            }
        }
    }

    /// <summary><paramref name="loadPublished"/> gives the published version of a definition id, or null when there is none.</summary>
    public static async Task<IReadOnlyList<ValidationError>> CheckAsync(
        WorkflowDefinition definition, ActivityRegistry registry, Func<string, Task<WorkflowDefinition?>> loadPublished)
    {
        var errors = new List<ValidationError>();
        foreach (var reference in Of(definition, registry))
        {
            if (reference.DefinitionId != definition.DefinitionId && await loadPublished(reference.DefinitionId) is null)
            {
                errors.Add(ValidationError.At(reference.Node, $"Starts workflow '{reference.DefinitionId}', which does not exist or has no published version."));
            }
            else if (reference.Waits && await PathBackAsync(definition, reference.DefinitionId, registry, loadPublished) is { } path)
            {
                errors.Add(ValidationError.At(reference.Node,
                    $"Waits for workflow '{reference.DefinitionId}', which leads back to '{definition.DefinitionId}' ({string.Join(" → ", path)}): it would wait for itself."));
            }
        }

        return errors;
    }

    /// <summary>The chain of waiting dispatches from <paramref name="from"/> back to the definition being published, if any.</summary>
    private static async Task<List<string>?> PathBackAsync(
        WorkflowDefinition root, string from, ActivityRegistry registry, Func<string, Task<WorkflowDefinition?>> loadPublished)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<List<string>>([[root.DefinitionId, from]]);
        while (queue.TryDequeue(out var path))
        {
            var current = path[^1];
            if (current == root.DefinitionId)
            {
                return path;
            }

            if (!seen.Add(current) || await loadPublished(current) is not { } definition)
            {
                continue;
            }

            foreach (var next in Of(definition, registry).Where(r => r.Waits))
            {
                queue.Enqueue([.. path, next.DefinitionId]);
            }
        }

        return null;
    }

    private static string? Literal(ActivityNode node, string input) =>
        InputValue.Read(node.Property(input))?.Expression is { Type: ExpressionSyntax.Literal } expression ? expression.Text : null;
}
