using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Claims.Workflows.Activities;
using Claims.Workflows.Definitions;
using Claims.Workflows.Expressions;

namespace Claims.Workflows.Engine;

/// <summary>Fills an activity's input properties from its node and stores its outputs in bound variables.</summary>
internal static class InputBinder
{
    private static readonly ConcurrentDictionary<PropertyInfo, bool> NullableInputs = new();

    public static void BindInputs(Activity activity, ActivityDescriptor descriptor, ActivityNode node, WorkflowExecution execution)
    {
        foreach (var input in descriptor.Inputs)
        {
            try
            {
                var value = Read(input, node, execution);
                if (value is not null || AcceptsNull(input.Property))
                {
                    input.Property.SetValue(activity, value);
                }
            }
            catch (Exception ex) when (ex is ExpressionException or JsonException)
            {
                throw new ExpressionException($"Input '{input.Name}': {ex.Message}", ex);
            }
        }
    }

    /// <summary>A property declared non-nullable keeps its initializer when the node leaves the input out (Studio saves no empty inputs).</summary>
    private static bool AcceptsNull(PropertyInfo property) => NullableInputs.GetOrAdd(property, p =>
        p.PropertyType.IsValueType
            ? Nullable.GetUnderlyingType(p.PropertyType) is not null
            : new NullabilityInfoContext().Create(p).WriteState is not NullabilityState.NotNull);

    public static void StoreOutputs(Activity activity, ActivityDescriptor descriptor, ActivityNode node, WorkflowExecution execution)
    {
        foreach (var output in descriptor.Outputs)
        {
            if (InputValue.Read(node.Property(output.Name))?.MemoryReferenceId is not { } id)
            {
                continue;
            }

            var variable = execution.Definition.FindVariable(id)
                ?? throw new InvalidOperationException($"Output '{output.Name}' is bound to unknown variable '{id}'.");
            execution.State.Variables[variable.Name] = ValueConverter.ToJson(output.Property.GetValue(activity));
        }
    }

    private static object? Read(InputDescriptor input, ActivityNode node, WorkflowExecution execution)
    {
        var raw = node.Property(input.Name);
        var type = input.Property.PropertyType;
        if (!input.IsWrapped)
        {
            return raw?.Deserialize(type, WorkflowJson.Options);
        }

        var value = InputValue.Read(raw);
        if (value?.Expression is { } expression)
        {
            return execution.Expressions.Evaluate(expression, type, execution.ExpressionContext());
        }

        if (value?.MemoryReferenceId is { } id && execution.Definition.FindVariable(id) is { } variable)
        {
            return ValueConverter.Convert(execution.State.Variables[variable.Name], type);
        }

        if (input.DefaultValue is null)
        {
            return null;
        }

        return ValueConverter.TryParseLiteral(input.DefaultValue, type, out var parsed, out var error)
            ? parsed
            : throw new ExpressionException(error!);
    }
}
