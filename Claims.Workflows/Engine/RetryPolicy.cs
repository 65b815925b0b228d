using System.Text.Json.Nodes;
using Claims.Workflows.Activities;
using Claims.Workflows.Definitions;
using Claims.Workflows.Expressions;

namespace Claims.Workflows.Engine;

/// <summary>
/// A node's retry settings (literal inputs RetryAttempts, RetryDelay). A failed try waits on a durable timer bookmark
/// named <see cref="BookmarkName"/>, so retries survive restarts and run on whichever node fires the timer.
/// </summary>
public sealed record RetryPolicy(int Attempts, TimeSpan Delay)
{
    public const string BookmarkName = "retry";
    private static readonly TimeSpan DefaultDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromHours(6);

    public static RetryPolicy? For(ActivityNode node)
    {
        var attempts = Literal(node, nameof(Activity.RetryAttempts), typeof(int)) as int? ?? 0;
        return attempts <= 0 ? null : new RetryPolicy(attempts, Literal(node, nameof(Activity.RetryDelay), typeof(TimeSpan)) as TimeSpan? ?? DefaultDelay);
    }

    /// <summary>Exponential backoff with "equal jitter": half the doubled delay fixed, half random, capped at six hours.</summary>
    public TimeSpan DelayBefore(int retry, Random random)
    {
        var full = Math.Min(Delay.TotalMilliseconds * Math.Pow(2, retry - 1), MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(full / 2 + random.NextDouble() * full / 2);
    }

    /// <summary>The try a retry bookmark re-runs (2 for the first retry).</summary>
    public static int AttemptOf(Bookmark bookmark) =>
        bookmark.Payload?["attempt"] is JsonValue v && v.TryGetValue(out int n) ? n : 2;

    private static object? Literal(ActivityNode node, string input, Type type) =>
        InputValue.Read(node.Property(input))?.Expression is { Type: ExpressionSyntax.Literal } e
        && ValueConverter.TryParseLiteral(e.Text, type, out var value, out _) ? value : null;
}
