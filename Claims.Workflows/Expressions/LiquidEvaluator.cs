using System.Text.Json.Nodes;
using Fluid;
using Fluid.Values;

namespace Claims.Workflows.Expressions;

/// <summary>
/// Liquid text (Fluid) for subjects and mail text: <c>Claim {{ claim.number }} for {{ variables.Holder }}</c>. It sees the
/// same names as JavaScript, as plain JSON data (dictionaries, lists, values), never a CLR object, and runs bounded.
/// </summary>
public sealed class LiquidEvaluator : IExpressionEvaluator
{
    private static readonly FluidParser Parser = new();

    // Fluid counts loop and statement steps; a template that needs more is a mistake, not a subject line.
    private static readonly TemplateOptions Options = new TemplateOptionsBuilder().WithMaxSteps(10_000).WithMaxRecursion(20).WithMaxOutputSize(100_000).Build();

    public IReadOnlyList<string> Syntaxes { get; } = [ExpressionSyntax.Liquid];

    public JsonNode? Evaluate(ExpressionValue expression, ExpressionContext context)
    {
        if (!Parser.TryParse(expression.Text ?? "", out var template, out var error))
        {
            throw new ExpressionException($"Liquid: {error}");
        }

        var scope = new TemplateContext(Options);
        scope.SetValue("variables", Plain(context.Variables) ?? NilValue.Instance);
        scope.SetValue("input", Plain(context.Input) ?? NilValue.Instance);
        foreach (var (name, value) in context.Variables)
        {
            scope.SetValue(name, Plain(value) ?? NilValue.Instance);
        }

        if (context.BusinessObjectName is { } objectName)
        {
            scope.SetValue(objectName, Plain(context.BusinessObject) ?? NilValue.Instance);
        }

        try
        {
            return JsonValue.Create(template.Render(scope));
        }
        catch (InvalidOperationException ex)
        {
            throw new ExpressionException($"Liquid: {ex.Message}", ex);
        }
    }

    public string? Check(ExpressionValue expression) =>
        Parser.TryParse(expression.Text ?? "", out _, out var error) ? null : $"Liquid: {error}";

    /// <summary>JSON as dictionaries, lists and primitives, which Fluid reads without any member-access registration.</summary>
    private static object? Plain(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(p => p.Key, p => Plain(p.Value)),
        JsonArray a => a.Select(Plain).ToList(),
        JsonValue v when v.TryGetValue(out bool b) => b,
        JsonValue v when v.TryGetValue(out decimal d) => d,
        JsonValue v when v.TryGetValue(out string? s) => s,
        _ => node.ToJsonString(),
    };
}
