using System.Text.Json.Nodes;
using Claims.Workflows.Definitions;
using Claims.Workflows.Engine;
using Claims.Workflows.Expressions;

namespace Claims.Workflows.Activities;

/// <summary>
/// Elsa's DispatchWorkflow: starts an instance of another workflow's published version through the host's outbox, so
/// the child may run on any node. With <see cref="WaitForCompletion"/> it waits until the child finishes and hands
/// on the child's output; a child that is cancelled faults this activity (a retry dispatches a new child).
/// </summary>
[Activity("Elsa.DispatchWorkflow", Category = "Composition", DisplayName = "Dispatch workflow",
    Description = "Starts an instance of another published workflow; optionally waits for it to finish and receives its output.")]
public class DispatchWorkflow : Activity
{
    /// <summary>The options source that lists the published definitions for the designer's dropdown.</summary>
    public const string DefinitionPickerSource = "WorkflowDefinitions";

    [Input(DisplayName = "Workflow definition", Description = "The definition id of the workflow to start (its published version).",
        OptionsSource = DefinitionPickerSource, Order = 1)]
    public string WorkflowDefinitionId { get; set; } = "";

    [Input(DisplayName = "Correlation id", Description = "The child's business object as name:id (e.g. proposal:…); empty: the parent's.", Order = 2)]
    public string? CorrelationId { get; set; }

    [Input(Description = "The child's input, an object whose fields the child reads as input.x.", Order = 3)]
    public JsonNode? Input { get; set; }

    [Input(DisplayName = "Wait for completion", Description = "Wait here until the child finishes, then continue with its output.", Order = 4)]
    public bool WaitForCompletion { get; set; }

    [Output(Description = "The child's output (its declared outputs, or all its variables); its instance id when not waiting.")]
    public JsonNode? Result { get; set; }

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (string.IsNullOrWhiteSpace(WorkflowDefinitionId))
        {
            throw new InvalidOperationException("Dispatch workflow needs a workflow definition id.");
        }

        if (Input is not null and not JsonObject)
        {
            throw new InvalidOperationException("The child's input must be an object.");
        }

        var dispatch = context.DispatchWorkflow(WorkflowDefinitionId, (JsonObject?)Input?.DeepClone() ?? [], ParseCorrelation(CorrelationId), WaitForCompletion);
        if (!WaitForCompletion)
        {
            Result = Started(dispatch);
            context.Complete();
        }

        return ValueTask.CompletedTask;
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context, ResumeInput input)
    {
        var completion = ChildWorkflowEnd.Read(input.Payload);
        Result = Shape(completion);
        context.Note = $"Child {completion.DefinitionId} {completion.ChildInstanceId} finished.";
        context.Complete();
        return ValueTask.CompletedTask;
    }

    public override IEnumerable<string> Check(ActivityNode node, ActivityDescriptor descriptor)
    {
        if (InputValue.Read(node.Property(nameof(WorkflowDefinitionId)))?.Expression is not { } expression
            || (expression.Type == ExpressionSyntax.Literal && string.IsNullOrWhiteSpace(expression.Text)))
        {
            yield return "Dispatch workflow names no workflow definition.";
        }
    }

    /// <summary>What <see cref="Result"/> holds once the child finished.</summary>
    protected virtual JsonNode? Shape(ChildCompletion completion) => completion.Output?.DeepClone();

    /// <summary>What <see cref="Result"/> holds when the parent does not wait.</summary>
    protected virtual JsonNode? Started(ChildDispatch dispatch) => JsonValue.Create(dispatch.ChildInstanceId.ToString());

    private static BusinessObjectReference? ParseCorrelation(string? correlationId)
    {
        if (string.IsNullOrWhiteSpace(correlationId))
        {
            return null;
        }

        var colon = correlationId.IndexOf(':');
        return colon > 0 && colon < correlationId.Length - 1
            ? new BusinessObjectReference(correlationId[..colon], correlationId[(colon + 1)..])
            : throw new InvalidOperationException($"Correlation id '{correlationId}' is not of the form name:id.");
    }
}

/// <summary>Elsa's ExecuteWorkflow: the same durable dispatch; its result carries the child's id, status and output as Elsa's does.</summary>
[Activity("Elsa.ExecuteWorkflow", Category = "Composition", DisplayName = "Execute workflow",
    Description = "Runs another published workflow as a child; optionally waits for it to finish and receives its id, status and output.")]
public sealed class ExecuteWorkflow : DispatchWorkflow
{
    protected override JsonNode? Shape(ChildCompletion completion) => new JsonObject
    {
        ["workflowInstanceId"] = completion.ChildInstanceId.ToString(),
        ["status"] = completion.Status.ToString(),
        ["output"] = completion.Output?.DeepClone(),
    };

    protected override JsonNode? Started(ChildDispatch dispatch) => new JsonObject
    {
        ["workflowInstanceId"] = dispatch.ChildInstanceId.ToString(),
        ["status"] = nameof(WorkflowStatus.Running),
    };
}

/// <summary>Reads the end of a child from the resume of its parent's bookmark; an end other than Finished faults the parent.</summary>
internal static class ChildWorkflowEnd
{
    public static ChildCompletion Read(JsonNode? payload)
    {
        var completion = ChildCompletion.FromPayload(payload)
            ?? throw new InvalidOperationException("The resume of a child workflow wait carries no child completion.");
        return completion.Status == WorkflowStatus.Finished
            ? completion
            : throw new InvalidOperationException($"Child workflow '{completion.DefinitionId}' ({completion.ChildInstanceId}) ended {completion.Status}.");
    }
}
