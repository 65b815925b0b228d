using System.Text.Json.Nodes;
using Claims.Workflows.Definitions;
using Claims.Workflows.Engine;
using Claims.Workflows.Expressions;
using Claims.Workflows.Tasks;

namespace Claims.Workflows.Activities;

/// <summary>
/// A human checkpoint: waits on a bookmark whose payload describes the work task, and continues through
/// the port named by the outcome the person chose. The form data becomes the <see cref="Data"/> output.
/// </summary>
[Activity("Claims.HumanTask", Category = "Tasks", DisplayName = "Human task", Kind = ActivityKind.Task,
    Description = "Puts a task in a role's or a person's queue and waits for its outcome.")]
public sealed class HumanTask : Activity
{
    [Input(Description = "What kind of task this is, e.g. UnderwritingReview.", Order = 1)]
    public string Kind { get; set; } = "";

    [Input(Description = "The line shown in the work queue.", Order = 2)]
    public string Subject { get; set; } = "";

    [Input(DisplayName = "Assignee role", OptionsProvider = typeof(RoleOptions), Order = 3)]
    public string? AssigneeRole { get; set; }

    [Input(DisplayName = "Assignee user", Description = "A user name; overrides the role.", Order = 4)]
    public string? AssigneeUser { get; set; }

    [Input(DisplayName = "Due in", Description = "Time allowed, e.g. 1.00:00:00.", Order = 5)]
    public TimeSpan? DueIn { get; set; }

    [Input(DisplayName = "Escalate to", OptionsProvider = typeof(RoleOptions), Order = 6)]
    public string? EscalateTo { get; set; }

    [Input(Description = "The choices offered, e.g. Approve,Reject; each becomes a port.", UiHint = "dynamic-outcomes", Order = 7)]
    public List<string> Outcomes { get; set; } = [];

    [Input(Description = "The page that opens the task, e.g. a proposal's disclosure form; the generic task page when empty.", Order = 8)]
    public string? Link { get; set; }

    [Output(Description = "The data submitted with the outcome.")]
    public JsonNode? Data { get; set; }

    [Output(Description = "The outcome chosen.")]
    public string? Outcome { get; set; }

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (AssigneeRole is null && AssigneeUser is null)
        {
            throw new InvalidOperationException("A human task needs an assignee role or user.");
        }

        var task = new HumanTaskBookmark(Kind, Subject, AssigneeRole, AssigneeUser, context.Now + DueIn, EscalateTo, Outcomes,
            string.IsNullOrWhiteSpace(Link) ? null : Link);
        context.CreateBookmark(BookmarkKind.HumanTask, task.ToJson(), Kind);
        return ValueTask.CompletedTask;
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context, ResumeInput input)
    {
        Outcome = input.Outcome;
        Data = input.Payload?.DeepClone();
        var offered = OfferedOutcomes(context.ResumedBookmark);
        if (input.Outcome is { } outcome && offered.Contains(outcome))
        {
            context.Complete(outcome);
        }
        else
        {
            context.Complete();
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Resuming is checked against the outcomes the task offered, however they were computed.</summary>
    public override IReadOnlyList<string> GetResumeOutcomes(ActivityNode node, ActivityDescriptor descriptor, Bookmark bookmark) =>
        OfferedOutcomes(bookmark);

    private static IReadOnlyList<string> OfferedOutcomes(Bookmark? bookmark) => HumanTaskBookmark.FromJson(bookmark?.Payload).OfferedOutcomes;

    /// <summary>Without a role or user the task faults when it runs: an empty literal counts as missing.</summary>
    public override IEnumerable<string> Check(ActivityNode node, ActivityDescriptor descriptor)
    {
        if (!IsSet(node, nameof(AssigneeRole)) && !IsSet(node, nameof(AssigneeUser)))
        {
            yield return "A human task needs an assignee role or user.";
        }
    }

    private static bool IsSet(ActivityNode node, string input) => InputValue.Read(node.Property(input)) switch
    {
        { Expression: { Type: ExpressionSyntax.Literal } literal } => !string.IsNullOrWhiteSpace(literal.Text),
        { Expression: not null } or { MemoryReferenceId: not null } => true,
        _ => false,
    };

    /// <summary>The ports are the configured outcomes, read from a literal ("Approve,Reject" or a JSON array).</summary>
    public override IReadOnlyList<string> GetOutcomes(ActivityNode node, ActivityDescriptor descriptor)
    {
        var value = InputValue.Read(node.Property(nameof(Outcomes)))?.Expression;
        if (value is null || value.Type is not (ExpressionSyntax.Literal or ExpressionSyntax.Object))
        {
            return [];
        }

        return ValueConverter.TryParseLiteral(value.Text, typeof(List<string>), out var list, out _) && list is List<string> outcomes
            ? outcomes
            : [];
    }
}
