using System.Text.Json.Nodes;
using Claims.Workflows.Engine;

namespace Claims.Workflows.Activities;

/// <summary>Waits for a duration or until a moment, through a timer bookmark.</summary>
[Activity("Elsa.Delay", Category = "Flow", Description = "Waits for a duration or until a date and time.")]
public sealed class Delay : Activity
{
    [Input(Description = "How long to wait, e.g. 2.00:00:00 or P2D.")]
    public TimeSpan? Duration { get; set; }

    [Input(Description = "When to continue, in UTC; used when no duration is given.")]
    public DateTime? Until { get; set; }

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var fireAt = Duration is { } duration ? context.Now + duration
            : Until is { } until ? new DateTimeOffset(until.Kind == DateTimeKind.Local ? until.ToUniversalTime() : DateTime.SpecifyKind(until, DateTimeKind.Utc))
            : throw new InvalidOperationException("Delay needs a Duration or an Until.");
        if (fireAt <= context.Now)
        {
            context.Complete();
            return ValueTask.CompletedTask;
        }

        context.CreateBookmark(BookmarkKind.Timer, new JsonObject { ["fireAt"] = fireAt }, fireAt: fireAt);
        return ValueTask.CompletedTask;
    }
}
