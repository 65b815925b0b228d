using System.Text.Json.Nodes;

namespace Claims.Workflows.Expressions;

/// <summary>Dispatches an expression to the evaluator of its syntax and converts the result.</summary>
public sealed class ExpressionEvaluator
{
    private readonly Dictionary<string, IExpressionEvaluator> _bySyntax = new(StringComparer.Ordinal);

    public ExpressionEvaluator(IEnumerable<IExpressionEvaluator> evaluators)
    {
        foreach (var evaluator in evaluators)
        {
            foreach (var syntax in evaluator.Syntaxes)
            {
                _bySyntax[syntax] = evaluator;
            }
        }
    }

    /// <summary>Literal, Object, Variable, Liquid and JavaScript with the given sandbox options.</summary>
    public static ExpressionEvaluator CreateDefault(JavaScriptOptions? javaScript = null) => new(
        [new LiteralEvaluator(), new ObjectEvaluator(), new VariableEvaluator(), new JavaScriptEvaluator(javaScript), new LiquidEvaluator()]);

    public IReadOnlyCollection<string> Syntaxes => _bySyntax.Keys;

    public bool Supports(string syntax) => _bySyntax.ContainsKey(syntax);

    public JsonNode? Evaluate(ExpressionValue expression, ExpressionContext context) =>
        Find(expression.Type).Evaluate(expression, context);

    public object? Evaluate(ExpressionValue expression, Type target, ExpressionContext context) =>
        ValueConverter.Convert(Evaluate(expression, context), target);

    public T? Evaluate<T>(ExpressionValue expression, ExpressionContext context) =>
        Evaluate(expression, typeof(T), context) is T value ? value : default;

    /// <summary>Null when the expression is well-formed; used by publish validation.</summary>
    public string? Check(ExpressionValue expression) =>
        _bySyntax.TryGetValue(expression.Type, out var evaluator)
            ? evaluator.Check(expression)
            : $"Unknown expression syntax '{expression.Type}'.";

    private IExpressionEvaluator Find(string syntax) =>
        _bySyntax.TryGetValue(syntax, out var evaluator)
            ? evaluator
            : throw new ExpressionException($"Unknown expression syntax '{syntax}'.");
}
