using System.Text.Json.Nodes;
using Claims.Workflows.Activities;
using Claims.Workflows.Definitions;
using Claims.Workflows.Expressions;

namespace Claims.Workflows.Engine;

/// <summary>One run over a state: the scheduling loop and the bookkeeping of what changed.</summary>
internal sealed partial class WorkflowExecution(
    WorkflowDefinition definition, WorkflowState state, BusinessObject? businessObject,
    ActivityRegistry registry, ExpressionEvaluator expressions, TimeProvider time, WorkflowRunnerOptions options,
    IServiceProvider? services = null)
{
    private readonly List<Bookmark> _created = [];
    private readonly List<Bookmark> _removed = [];
    private readonly List<ChildDispatch> _dispatches = [];
    private readonly int _journalStart = state.Journal.Count;
    private readonly int _incidentStart = state.Incidents.Count;
    private int _steps;

    public WorkflowDefinition Definition { get; } = definition;
    public Flowchart Flowchart { get; } = definition.Flowchart;
    public WorkflowState State { get; } = state;
    public ExpressionEvaluator Expressions { get; } = expressions;
    public TimeProvider Time { get; } = time;
    public IServiceProvider? Services { get; } = services;
    public BusinessObject? BusinessObject { get; } = businessObject;

    /// <summary>The flowchart's joins and paths, worked out on first need (a flow without joins never asks for reachability).</summary>
    public FlowGraph Graph => field ??= registry.Graph(Flowchart);

    public ExpressionContext ExpressionContext() => new(State.Variables, State.Input, BusinessObject?.Name, BusinessObject?.Data)
    {
        VariableNamesById = Definition.Variables.ToDictionary(v => v.Id, v => v.Name),
    };

    public void AddBookmark(Bookmark bookmark)
    {
        State.Bookmarks.Add(bookmark);
        _created.Add(bookmark);
    }

    public void Dispatch(ChildDispatch dispatch) => _dispatches.Add(dispatch);

    public void RemoveBookmark(Bookmark bookmark)
    {
        State.Bookmarks.Remove(bookmark);
        State.ConsumedBookmarkIds.Add(bookmark.Id);
        if (!_created.Remove(bookmark))
        {
            _removed.Add(bookmark);
        }
    }

    /// <summary>Runs scheduled activities until none are left, the workflow finishes, or it faults.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        State.Status = WorkflowStatus.Running;
        while (State.Status == WorkflowStatus.Running && (State.Scheduled.Count > 0 || ScheduleReadyJoins()))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var activityId = State.Scheduled[0];
            State.Scheduled.RemoveAt(0);
            if (Flowchart.Find(activityId) is not { } node)
            {
                Fault(activityId, activityId, "", $"Activity '{activityId}' is not in the flowchart.", null);
                break;
            }

            if (Graph.IsJoin(node.Id) && !TryEnterJoin(node))
            {
                continue; // the join waits for branches still running; they schedule it again when they arrive
            }

            await StepAsync(node);
        }

        if (State.Status == WorkflowStatus.Running)
        {
            State.Status = State.Bookmarks.Count > 0 ? WorkflowStatus.Suspended : WorkflowStatus.Finished;
        }

        if (State.Status == WorkflowStatus.Finished)
        {
            State.FinishedAt = Time.GetUtcNow();
            State.Output = ChildWorkflows.Output(Definition, State);
        }
    }

    /// <summary>Executes one activity, or resumes it when <paramref name="resume"/> is given.</summary>
    public async Task StepAsync(ActivityNode node, ResumeInput? resume = null, Bookmark? bookmark = null, int attempt = 1)
    {
        if (++_steps > options.MaxStepsPerRun)
        {
            Fault(node, $"More than {options.MaxStepsPerRun} steps in one run; is there an infinite loop?", null);
            return;
        }

        if (registry.Find(node) is not { } descriptor)
        {
            Fault(node, $"Unknown activity type '{node.Type}' version {node.Version}.", null);
            return;
        }

        Journal(node, resume is null ? JournalEvent.Started : JournalEvent.Resumed, resume?.Outcome);
        using var span = WorkflowTelemetry.Step(Definition, node, resume is not null);
        var activity = registry.Create(descriptor);
        var context = new ActivityExecutionContext(this, node, descriptor, bookmark) { Attempt = attempt };
        try
        {
            if (resume is null)
            {
                InputBinder.BindInputs(activity, descriptor, node, this);
            }

            await (resume is null ? activity.ExecuteAsync(context) : activity.ResumeAsync(context, resume));
            if (!context.IsCompleted && context.CreatedBookmarks.Count == 0)
            {
                context.Complete();
            }

            if (context.IsCompleted)
            {
                InputBinder.StoreOutputs(activity, descriptor, node, this);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            foreach (var created in context.CreatedBookmarks)
            {
                State.Bookmarks.Remove(created);
                _created.Remove(created);
            }

            _dispatches.RemoveAll(context.Dispatches.Contains); // a failed activity starts no child

            if (RetryPolicy.For(node) is { } policy && attempt <= policy.Attempts)
            {
                ScheduleRetry(node, policy, attempt, ex.Message);
                return;
            }

            Fault(node, attempt > 1 ? $"{ex.Message} (the last of {attempt} tries)" : ex.Message, ex);
            return;
        }

        if (!context.IsCompleted)
        {
            Journal(node, JournalEvent.Suspended, null);
            return;
        }

        Journal(node, JournalEvent.Completed, string.Join(',', context.Outcomes), context.Note);
        if (descriptor.IsTerminal)
        {
            FinishWorkflow();
            return;
        }

        foreach (var outcome in context.Outcomes)
        {
            foreach (var connection in Flowchart.Outbound(node.Id, outcome))
            {
                Follow(connection);
            }
        }
    }

    /// <summary>Waits on a timer before the next try; the incident comes only when the last try fails.</summary>
    private void ScheduleRetry(ActivityNode node, RetryPolicy policy, int failedAttempt, string error)
    {
        var now = Time.GetUtcNow();
        var fireAt = now + policy.DelayBefore(failedAttempt, Random.Shared);
        AddBookmark(new Bookmark(Guid.CreateVersion7(now), node.Id, node.NodeId ?? node.Id, node.Type, BookmarkKind.Timer,
            RetryPolicy.BookmarkName, new JsonObject { ["attempt"] = failedAttempt + 1 }, now, fireAt));
        Journal(node, JournalEvent.Suspended, null, $"Try {failedAttempt} of {policy.Attempts + 1} failed: {error} Next try at {fireAt:O}.");
    }

    public RunResult Result() => new(
        State.Status switch
        {
            WorkflowStatus.Finished => RunOutcome.Finished,
            WorkflowStatus.Faulted => RunOutcome.Faulted,
            _ => RunOutcome.Suspended,
        },
        State, _created.ToList(), _removed.ToList(),
        State.Journal.Skip(_journalStart).ToList(), State.Incidents.Skip(_incidentStart).ToList(),
        State.Incidents.Count > _incidentStart ? State.Incidents[^1].Message : null)
    {
        Dispatches = _dispatches.ToList(),
    };

    public void Fault(ActivityNode node, string message, Exception? exception) =>
        Fault(node.Id, node.NodeId ?? node.Id, node.Type, message, exception);

    private void Fault(string activityId, string nodeId, string type, string message, Exception? exception)
    {
        var now = Time.GetUtcNow();
        State.Incidents.Add(new Incident(activityId, nodeId, type, message, now, exception?.GetType().Name));
        WorkflowTelemetry.Incident(Definition.DefinitionId, type, message);
        State.Journal.Add(new JournalEntry(State.NextSequence++, activityId, nodeId, type, JournalEvent.Faulted, null, now, message));
        State.Scheduled.Insert(0, activityId);
        State.Status = WorkflowStatus.Faulted;
    }

    /// <summary>A terminal activity ends the whole instance: pending paths and waits are dropped.</summary>
    private void FinishWorkflow()
    {
        State.Scheduled.Clear();
        State.Tokens.Clear();
        foreach (var bookmark in State.Bookmarks.ToList())
        {
            RemoveBookmark(bookmark);
        }

        State.Status = WorkflowStatus.Finished;
    }

    internal void Journal(ActivityNode node, JournalEvent @event, string? outcome, string? message = null) =>
        State.Journal.Add(new JournalEntry(
            State.NextSequence++, node.Id, node.NodeId ?? node.Id, node.Type, @event, outcome, Time.GetUtcNow(), message));
}
