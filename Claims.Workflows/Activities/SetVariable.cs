using System.Text.Json.Nodes;
using Claims.Workflows.Engine;
using Claims.Workflows.Expressions;

namespace Claims.Workflows.Activities;

/// <summary>Sets a declared variable; the value is converted to the variable's type.</summary>
[Activity("Elsa.SetVariable", Category = "Flow", Description = "Sets a workflow variable.")]
public sealed class SetVariable : Activity
{
    /// <summary>Elsa stores the variable itself (<c>{id, name, typeName}</c>); a bare name also works.</summary>
    [Input(Description = "The variable to set.", UiHint = "variable-picker", IsWrapped = false)]
    public JsonNode? Variable { get; set; }

    [Input(Description = "The value to assign.")]
    public JsonNode? Value { get; set; }

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var key = Variable switch
        {
            JsonValue v when v.TryGetValue(out string? text) => text,
            JsonObject o => o["id"]?.GetValue<string>() ?? o["name"]?.GetValue<string>(),
            _ => null,
        };
        var declared = key is null ? null : context.Definition.FindVariable(key)
            ?? (Variable is JsonObject named && named["name"]?.GetValue<string>() is { } n ? context.Definition.FindVariable(n) : null);
        if (declared is null)
        {
            throw new InvalidOperationException($"Variable '{key}' is not declared.");
        }

        var type = TypeAliases.Resolve(declared.TypeName);
        var value = type is null || type == typeof(object) ? Value : ValueConverter.Convert(Value, type);
        context.SetVariable(declared.Name, value);
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
