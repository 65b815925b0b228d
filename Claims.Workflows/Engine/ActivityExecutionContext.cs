using System.Text.Json.Nodes;
using Claims.Workflows.Activities;
using Claims.Workflows.Definitions;
using Claims.Workflows.Expressions;

namespace Claims.Workflows.Engine;

/// <summary>What a running activity may do: read and write variables, evaluate, wait on a bookmark, complete.</summary>
public sealed class ActivityExecutionContext
{
    private readonly WorkflowExecution _execution;
    private readonly List<string> _outcomes = [];
    private readonly List<Bookmark> _bookmarks = [];
    private readonly List<ChildDispatch> _dispatches = [];

    internal ActivityExecutionContext(
        WorkflowExecution execution, ActivityNode node, ActivityDescriptor descriptor, Bookmark? resumedBookmark)
    {
        _execution = execution;
        Node = node;
        Descriptor = descriptor;
        ResumedBookmark = resumedBookmark;
    }

    /// <summary>The bookmark being resumed, with the payload the activity stored; null on a plain execution.</summary>
    public Bookmark? ResumedBookmark { get; }

    public ActivityNode Node { get; }
    public ActivityDescriptor Descriptor { get; }
    public Guid WorkflowInstanceId => _execution.State.Id;
    public WorkflowDefinition Definition => _execution.Definition;
    public BusinessObjectReference? BusinessObject => _execution.State.BusinessObject;

    /// <summary>The business object's current data, as loaded for this run (null when none).</summary>
    public System.Text.Json.Nodes.JsonNode? BusinessData => _execution.BusinessObject?.Data;

    /// <summary>The host's scoped services (the unit of work's DbContext among them), for domain activities.</summary>
    public IServiceProvider Services => _execution.Services
        ?? throw new InvalidOperationException("This run has no host services; domain activities run inside WorkflowHost.");
    public JsonObject WorkflowInput => _execution.State.Input;
    public TimeProvider Time => _execution.Time;
    public DateTimeOffset Now => _execution.Time.GetUtcNow();

    /// <summary>1 for the first try; a retry after a failure (see <see cref="RetryPolicy"/>) counts up.</summary>
    public int Attempt { get; init; } = 1;

    /// <summary>A line for the journal entry that records this activity's completion.</summary>
    public string? Note { get; set; }

    public bool IsCompleted { get; private set; }
    public IReadOnlyList<string> Outcomes => _outcomes;
    public IReadOnlyList<Bookmark> CreatedBookmarks => _bookmarks;
    public IReadOnlyList<ChildDispatch> Dispatches => _dispatches;

    /// <summary>The workflow's variables by id or name, for activities that bind outputs themselves.</summary>
    public WorkflowVariable? FindVariable(string idOrName) => _execution.Definition.FindVariable(idOrName);

    public JsonNode? GetVariable(string name) => _execution.State.Variables[name]?.DeepClone();

    public T? GetVariable<T>(string name) => ValueConverter.Convert(GetVariable(name), typeof(T)) is T value ? value : default;

    public void SetVariable(string name, object? value) => _execution.State.Variables[name] = ValueConverter.ToJson(value);

    public object? Evaluate(ExpressionValue expression, Type target) =>
        _execution.Expressions.Evaluate(expression, target, _execution.ExpressionContext());

    public T? Evaluate<T>(ExpressionValue expression) => Evaluate(expression, typeof(T)) is T value ? value : default;

    /// <summary>Waits here; the caller stores the bookmark (and, for tasks and timers, its row) with the state.</summary>
    public Bookmark CreateBookmark(BookmarkKind kind, JsonObject? payload = null, string? name = null, DateTimeOffset? fireAt = null)
    {
        var bookmark = new Bookmark(
            Guid.CreateVersion7(Now), Node.Id, Node.NodeId ?? Node.Id, Node.Type, kind, name, payload, Now, fireAt);
        _bookmarks.Add(bookmark);
        _execution.AddBookmark(bookmark);
        return bookmark;
    }

    /// <summary>
    /// Starts a child instance of the published <paramref name="definitionId"/> after this run commits (a message through the
    /// host's outbox, so any node may run it); with <paramref name="wait"/> this activity waits on a bookmark the child's end resumes.
    /// </summary>
    public ChildDispatch DispatchWorkflow(string definitionId, JsonObject input, BusinessObjectReference? businessObject, bool wait)
    {
        var childId = Guid.CreateVersion7(Now);
        var bookmark = wait
            ? CreateBookmark(BookmarkKind.ChildWorkflow, new JsonObject { ["childInstanceId"] = childId, ["definitionId"] = definitionId }, childId.ToString())
            : null;
        var dispatch = new ChildDispatch(childId, definitionId, input, businessObject ?? BusinessObject,
            new ParentLink(WorkflowInstanceId, Node.Id, bookmark?.Id));
        _dispatches.Add(dispatch);
        _execution.Dispatch(dispatch);
        return dispatch;
    }

    /// <summary>Completes through the named outcomes, or through <c>Done</c> when none are given.</summary>
    public void Complete(params string[] outcomes)
    {
        IsCompleted = true;
        _outcomes.AddRange(outcomes.Length == 0 ? [ActivityDescriptor.DonePort] : outcomes);
    }
}
