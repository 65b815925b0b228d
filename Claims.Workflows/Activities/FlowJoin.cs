using Claims.Workflows.Definitions;
using Claims.Workflows.Engine;
using Claims.Workflows.Expressions;

namespace Claims.Workflows.Activities;

/// <summary>
/// Merges concurrent branches. The engine decides when it runs: WaitAny at the first branch (cancelling the others'
/// waits), WaitAll once no other branch can still arrive (a branch that took another path is not waited for).
/// </summary>
[Activity("Elsa.FlowJoin", Category = "Flow", DisplayName = "Join", Description = "Merges branches: WaitAll waits for every branch, WaitAny continues at the first and cancels the rest.")]
public sealed class FlowJoin : Activity
{
    public const string WaitAll = nameof(WaitAll);
    public const string WaitAllActive = nameof(WaitAllActive);
    public const string WaitAny = nameof(WaitAny);

    [Input(Description = "WaitAll: continue when every branch has arrived; WaitAny: at the first, cancelling the others.",
        Options = [WaitAll, WaitAny, WaitAllActive], DefaultValue = WaitAny)]
    public string Mode { get; set; } = WaitAny;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }

    public override IEnumerable<string> Check(ActivityNode node, ActivityDescriptor descriptor)
    {
        if (InputValue.Read(node.Property(nameof(Mode)))?.Expression is { Type: ExpressionSyntax.Literal } literal
            && !string.IsNullOrEmpty(literal.Text) && literal.Text is not (WaitAll or WaitAny or WaitAllActive))
        {
            yield return $"Join mode '{literal.Text}' is not one of {WaitAll}, {WaitAny}, {WaitAllActive}.";
        }
    }

    /// <summary>Whether the join continues at its first branch; Elsa's default when the mode is not set.</summary>
    public static bool IsWaitAny(ActivityNode node, Func<ExpressionValue, string?> evaluate) =>
        InputValue.Read(node.Property(nameof(Mode)))?.Expression is not { } expression
        || (expression.Type == ExpressionSyntax.Literal ? expression.Text : evaluate(expression)) is null or "" or WaitAny;
}
