using Claims.Workflows.Activities;
using Claims.Workflows.Definitions;
using Claims.Workflows.Expressions;

namespace Claims.Workflows.Engine;

/// <summary>
/// Branches and joins. A branch reaching a join leaves a token and puts the join first in line; the join runs once
/// per merge: WaitAny at the first token (cancelling whatever else could still reach it), WaitAll when nothing
/// still running or waiting can reach it. Tokens live in the state, so a half-merged join survives a restart.
/// </summary>
internal sealed partial class WorkflowExecution
{
    private readonly HashSet<string> _forcedJoins = [];

    /// <summary>Schedules the target of a followed connection; a join gets a token and is looked at next.</summary>
    private void Follow(FlowConnection connection)
    {
        var target = connection.TargetActivity;
        if (!Graph.IsJoin(target))
        {
            State.Scheduled.Add(target);
            return;
        }

        State.Tokens.Add(new FlowToken(target, connection.SourceActivity, connection.SourcePort));
        State.Scheduled.Remove(target);
        State.Scheduled.Insert(0, target);
    }

    /// <summary>True when the join may run now; its tokens are then consumed (and for WaitAny the other branches cancelled).</summary>
    private bool TryEnterJoin(ActivityNode join)
    {
        if (!State.Tokens.Any(t => t.Join == join.Id))
        {
            return true; // scheduled without a branch: the start, or a retry after a fault
        }

        var waitAny = Graph.IsExplicitJoin(join.Id) && FlowJoin.IsWaitAny(join, EvaluateText);
        if (!waitAny && !_forcedJoins.Remove(join.Id) && ActiveElements(join.Id).Any(e => Graph.Reaches(e, join.Id)))
        {
            return false;
        }

        State.Tokens.RemoveAll(t => t.Join == join.Id);
        if (waitAny)
        {
            CancelBranchesReaching(join.Id);
        }

        return true;
    }

    /// <summary>
    /// When nothing is scheduled, joins whose missing branches went elsewhere (or were cancelled) can run. If joins
    /// only wait on one another and nothing else is running or waiting, they run: no branch can arrive any more.
    /// </summary>
    private bool ScheduleReadyJoins()
    {
        var pending = State.Tokens.Select(t => t.Join).Distinct().ToList();
        var ready = pending.Where(j => !ActiveElements(j).Any(e => Graph.Reaches(e, j))).ToList();
        if (ready.Count == 0 && State.Bookmarks.Count == 0)
        {
            ready = pending;
            _forcedJoins.UnionWith(pending);
        }

        State.Scheduled.AddRange(ready);
        return ready.Count > 0;
    }

    /// <summary>What may still move: scheduled activities, waiting activities and other joins holding branches.</summary>
    private IEnumerable<string> ActiveElements(string except) =>
        State.Scheduled.Concat(State.Bookmarks.Select(b => b.ActivityId)).Concat(State.Tokens.Select(t => t.Join))
            .Where(id => id != except).Distinct();

    private void CancelBranchesReaching(string joinId)
    {
        foreach (var id in State.Scheduled.Where(id => id != joinId && Graph.Reaches(id, joinId)).ToList())
        {
            State.Scheduled.Remove(id);
            JournalCancelled(id);
        }

        foreach (var bookmark in State.Bookmarks.Where(b => Graph.Reaches(b.ActivityId, joinId)).ToList())
        {
            RemoveBookmark(bookmark);
            JournalCancelled(bookmark.ActivityId);
        }

        State.Tokens.RemoveAll(t => t.Join != joinId && Graph.Reaches(t.Join, joinId));
    }

    private void JournalCancelled(string activityId)
    {
        if (Flowchart.Find(activityId) is { } node)
        {
            Journal(node, JournalEvent.Cancelled, null);
        }
    }

    private string? EvaluateText(ExpressionValue expression) =>
        Expressions.Evaluate(expression, typeof(string), ExpressionContext()) as string;
}
