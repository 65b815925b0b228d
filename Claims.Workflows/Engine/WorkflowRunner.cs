using System.Text.Json.Nodes;
using Claims.Workflows.Activities;
using Claims.Workflows.Definitions;
using Claims.Workflows.Expressions;

namespace Claims.Workflows.Engine;

/// <summary>
/// Executes Elsa 3 flowcharts over a <see cref="WorkflowState"/>. Pure: it never touches a database; the
/// returned <see cref="RunResult"/> lists what to persist. Expected refusals are results, not exceptions.
/// </summary>
public sealed class WorkflowRunner(
    ActivityRegistry registry, ExpressionEvaluator expressions, TimeProvider time, WorkflowRunnerOptions? options = null)
{
    private readonly WorkflowRunnerOptions _options = options ?? new WorkflowRunnerOptions();

    public async Task<RunResult> StartAsync(
        WorkflowDefinition definition, JsonObject? input = null, BusinessObject? businessObject = null,
        CancellationToken cancellationToken = default, IServiceProvider? services = null, Guid? instanceId = null, ParentLink? parent = null)
    {
        var now = time.GetUtcNow();
        var state = new WorkflowState
        {
            Id = instanceId ?? Guid.CreateVersion7(now),
            Parent = parent,
            DefinitionId = definition.DefinitionId,
            DefinitionVersionId = definition.Id,
            DefinitionVersion = definition.Version,
            Status = WorkflowStatus.Running,
            Variables = VariableDefaults.For(definition),
            Input = (JsonObject?)input?.DeepClone() ?? [],
            BusinessObject = businessObject?.Reference,
            CreatedAt = now,
        };
        var execution = Create(definition, state, businessObject, services);
        var start = StartActivity(definition.Flowchart);
        if (definition.Flowchart.Type != Flowchart.TypeName || start is null)
        {
            var reason = start is null ? "The flowchart has no start activity." : $"The root must be {Flowchart.TypeName}.";
            execution.Fault(new ActivityNode(definition.Root), reason, null);
            state.Scheduled.Clear();
            return Finish(execution, state);
        }

        state.Scheduled.Add(start.Id);
        await execution.RunAsync(cancellationToken);
        return Finish(execution, state);
    }

    public async Task<RunResult> ResumeAsync(
        WorkflowDefinition definition, WorkflowState state, Guid bookmarkId, ResumeInput? resume = null,
        BusinessObject? businessObject = null, CancellationToken cancellationToken = default, IServiceProvider? services = null)
    {
        resume ??= new ResumeInput();
        if (!Matches(definition, state))
        {
            return RunResult.Rejected(RunOutcome.NotResumable, state, "The definition is not the one this instance runs.");
        }

        if (state.Bookmarks.FirstOrDefault(b => b.Id == bookmarkId) is not { } bookmark)
        {
            return state.ConsumedBookmarkIds.Contains(bookmarkId)
                ? RunResult.Rejected(RunOutcome.BookmarkAlreadyConsumed, state, $"Bookmark {bookmarkId} was already consumed.")
                : RunResult.Rejected(RunOutcome.BookmarkNotFound, state, $"Bookmark {bookmarkId} does not exist on this instance.");
        }

        if (state.Status is WorkflowStatus.Finished or WorkflowStatus.Faulted)
        {
            return RunResult.Rejected(RunOutcome.NotResumable, state, $"The instance is {state.Status}.");
        }

        var node = definition.Flowchart.Find(bookmark.ActivityId);
        var descriptor = node is null ? null : registry.Find(node);
        if (node is null || descriptor is null)
        {
            return RunResult.Rejected(RunOutcome.NotResumable, state, $"Activity '{bookmark.ActivityId}' is not in this definition.");
        }

        var ports = registry.Create(descriptor).GetResumeOutcomes(node, descriptor, bookmark);
        var outcomeRequired = bookmark.Kind == BookmarkKind.HumanTask && ports.Count > 0;
        if ((resume.Outcome is not null || outcomeRequired) && ports.Count > 0 && !ports.Contains(resume.Outcome ?? ""))
        {
            return RunResult.Rejected(RunOutcome.UnknownOutcome, state,
                $"Outcome '{resume.Outcome}' is not one of: {string.Join(", ", ports)}.");
        }

        var copy = state.Clone();
        var execution = Create(definition, copy, businessObject, services);
        copy.Status = WorkflowStatus.Running;
        var resumed = copy.Bookmarks.First(b => b.Id == bookmarkId);
        execution.RemoveBookmark(resumed);
        await (resumed is { Kind: BookmarkKind.Timer, Name: RetryPolicy.BookmarkName }
            ? execution.StepAsync(node, attempt: RetryPolicy.AttemptOf(resumed)) // a retry runs the activity afresh
            : execution.StepAsync(node, resume, resumed));
        if (copy.Status != WorkflowStatus.Faulted)
        {
            await execution.RunAsync(cancellationToken); // after a fault the failed activity waits for a retry, not a rerun now
        }

        return Finish(execution, copy);
    }

    /// <summary>Re-executes the activity that faulted, then continues with what was scheduled.</summary>
    public async Task<RunResult> RetryAsync(
        WorkflowDefinition definition, WorkflowState state, BusinessObject? businessObject = null,
        CancellationToken cancellationToken = default, IServiceProvider? services = null)
    {
        if (state.Status != WorkflowStatus.Faulted || state.Scheduled.Count == 0 || !Matches(definition, state))
        {
            return RunResult.Rejected(RunOutcome.NotResumable, state, "Only a faulted instance of this definition can be retried.");
        }

        var copy = state.Clone();
        var execution = Create(definition, copy, businessObject, services);
        await execution.RunAsync(cancellationToken);
        return Finish(execution, copy);
    }

    /// <summary>Runs <paramref name="activityId"/> next on a waiting instance (an alteration); its bookmarks stay as they are.</summary>
    public async Task<RunResult> ScheduleAsync(
        WorkflowDefinition definition, WorkflowState state, string activityId, BusinessObject? businessObject = null,
        CancellationToken cancellationToken = default, IServiceProvider? services = null)
    {
        if (state.Status is not (WorkflowStatus.Running or WorkflowStatus.Suspended) || !Matches(definition, state))
        {
            return RunResult.Rejected(RunOutcome.NotResumable, state, $"A {state.Status} instance cannot run another activity.");
        }

        if (definition.Flowchart.Find(activityId) is null)
        {
            return RunResult.Rejected(RunOutcome.NotResumable, state, $"Activity '{activityId}' is not in version {definition.Version}.");
        }

        var copy = state.Clone();
        copy.Scheduled.Insert(0, activityId);
        var execution = Create(definition, copy, businessObject, services);
        await execution.RunAsync(cancellationToken);
        return Finish(execution, copy);
    }

    /// <summary>As Elsa: the activity whose descriptor is a start, else the root's <c>start</c>, else the only one with no inbound connection.</summary>
    public ActivityNode? StartActivity(Flowchart flowchart) => flowchart.StartActivity(a => registry.Find(a)?.IsStart == true);

    private WorkflowExecution Create(WorkflowDefinition definition, WorkflowState state, BusinessObject? businessObject, IServiceProvider? services) =>
        new(definition, state, businessObject, registry, expressions, time, _options, services);

    private RunResult Finish(WorkflowExecution execution, WorkflowState state)
    {
        state.UpdatedAt = time.GetUtcNow();
        return execution.Result();
    }

    private static bool Matches(WorkflowDefinition definition, WorkflowState state) =>
        definition.DefinitionId == state.DefinitionId && definition.Version == state.DefinitionVersion;
}
