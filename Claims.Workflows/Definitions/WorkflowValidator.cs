using System.Text.Json.Nodes;
using Claims.Workflows.Activities;
using Claims.Workflows.Expressions;

namespace Claims.Workflows.Definitions;

/// <summary>The checks a definition must pass before it is published; each error names its node.</summary>
public sealed class WorkflowValidator(ActivityRegistry registry, ExpressionEvaluator expressions)
{
    private static readonly HashSet<string> NodeKeys = ["id", "nodeId", "type", "version", "name", "metadata", "customProperties"];

    public IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition)
    {
        var flowchart = definition.Flowchart;
        if (flowchart.Type != Flowchart.TypeName)
        {
            return [ValidationError.Workflow($"The root must be an {Flowchart.TypeName}, not '{flowchart.Type}'.")];
        }

        var errors = new List<ValidationError>();
        var ports = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var node in flowchart.Activities)
        {
            if (registry.Find(node) is not { } descriptor)
            {
                errors.Add(ValidationError.At(node, $"Unknown activity type '{node.Type}' version {node.Version}."));
                continue;
            }

            var activity = registry.Create(descriptor);
            var outcomes = activity.GetOutcomes(node, descriptor);
            errors.AddRange(activity.Check(node, descriptor).Select(message => ValidationError.At(node, message)));
            ports[node.Id] = descriptor.IsTerminal ? [] : outcomes.Count > 0 ? outcomes : [ActivityDescriptor.DonePort];
            CheckInputs(node, descriptor, errors);
            CheckExpressions(node, errors);
        }

        errors.AddRange(FlowchartRules.Check(flowchart, registry, ports));
        return errors;
    }

    private static void CheckInputs(ActivityNode node, ActivityDescriptor descriptor, List<ValidationError> errors)
    {
        foreach (var input in descriptor.Inputs.Where(i => i.IsWrapped))
        {
            var expression = InputValue.Read(node.Property(input.Name))?.Expression;
            if (expression?.Type == ExpressionSyntax.Literal
                && !ValueConverter.TryParseLiteral(expression.Text, input.Property.PropertyType, out _, out var error))
            {
                errors.Add(ValidationError.At(node, $"Input '{input.Name}': {error}"));
            }
        }
    }

    /// <summary>Every <c>{type, value}</c> expression anywhere in the node's inputs, Switch cases included.</summary>
    private void CheckExpressions(ActivityNode node, List<ValidationError> errors)
    {
        foreach (var (key, value) in node.Json.Where(p => !NodeKeys.Contains(p.Key)))
        {
            foreach (var expression in FindExpressions(value))
            {
                if (expression.Type is ExpressionSyntax.Literal)
                {
                    continue;
                }

                if (expressions.Check(expression) is { } error)
                {
                    errors.Add(ValidationError.At(node, $"Input '{key}': {error}"));
                }
            }
        }
    }

    private static IEnumerable<ExpressionValue> FindExpressions(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            if (obj["type"] is JsonValue t && t.TryGetValue(out string? syntax) && obj.ContainsKey("value"))
            {
                yield return new ExpressionValue(syntax, obj["value"]);
                yield break;
            }

            foreach (var child in obj.SelectMany(p => FindExpressions(p.Value)))
            {
                yield return child;
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.SelectMany(FindExpressions))
            {
                yield return child;
            }
        }
    }
}
