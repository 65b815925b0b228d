using Claims.Workflows.Expressions;

namespace Claims.Workflows.Activities;

/// <summary>One case of a <see cref="Switch"/>: its label is the port taken when the condition is true.</summary>
public sealed record SwitchCase(string Label, ExpressionValue? Condition);
