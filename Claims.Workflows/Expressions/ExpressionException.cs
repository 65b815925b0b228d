namespace Claims.Workflows.Expressions;

/// <summary>An expression could not be evaluated or converted; the runner records it as an incident.</summary>
public sealed class ExpressionException(string message, Exception? inner = null) : Exception(message, inner);
