using Claims.Workflows.Definitions;
using Claims.Workflows.Engine;

namespace Claims.Workflows.Activities;

/// <summary>
/// Base of every activity. A fresh instance runs each time: its <see cref="InputAttribute"/> properties
/// are filled before it executes (not when it resumes: it reads its bookmark then), and its <see cref="OutputAttribute"/> properties are stored after it completes.
/// </summary>
public abstract class Activity
{
    /// <summary>Read by the engine from the node (not bound like other inputs): how often a failure is retried.</summary>
    [Input(DisplayName = "Retry attempts", Description = "Tries again after a failure this many times before an incident is raised; empty or 0: no retry.",
        Category = "Retry", Order = 100)]
    public int? RetryAttempts { get; set; }

    [Input(DisplayName = "Retry delay", Description = "Wait before the first retry, e.g. 00:00:30; doubled for each further try, with jitter.",
        Category = "Retry", Order = 101)]
    public TimeSpan? RetryDelay { get; set; }

    /// <summary>Complete (optionally through named outcomes) or create a bookmark and wait.</summary>
    public abstract ValueTask ExecuteAsync(ActivityExecutionContext context);

    /// <summary>Called when a bookmark this activity created is resumed; completes through Done by default.</summary>
    public virtual ValueTask ResumeAsync(ActivityExecutionContext context, ResumeInput input)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }

    /// <summary>The Flow ports of one node; override when they depend on the node's inputs.</summary>
    public virtual IReadOnlyList<string> GetOutcomes(ActivityNode node, ActivityDescriptor descriptor) =>
        descriptor.Outcomes;

    /// <summary>What would fault this node at run time, found before publishing; one message per problem.</summary>
    public virtual IEnumerable<string> Check(ActivityNode node, ActivityDescriptor descriptor) => [];

    /// <summary>The outcomes a resume of <paramref name="bookmark"/> may choose; empty means any.</summary>
    public virtual IReadOnlyList<string> GetResumeOutcomes(ActivityNode node, ActivityDescriptor descriptor, Bookmark bookmark) =>
        GetOutcomes(node, descriptor);
}
