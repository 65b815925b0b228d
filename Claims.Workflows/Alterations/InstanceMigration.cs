using System.Text.Json.Nodes;
using Claims.Workflows.Definitions;
using Claims.Workflows.Engine;

namespace Claims.Workflows.Alterations;

/// <summary>
/// Moves an instance's state to another version of its definition: every bookmark, scheduled activity and join token is re-pointed
/// through the mapping; variables keep their values (new ones get their defaults); nothing runs. Pure: the caller persists.
/// An instance waiting at a task whose activity the target version replaced by a sub-flow node (motor-claim v1's inline approval,
/// v2's referral-approval) is refused, naming the sub-flow: the task's decision would be lost and nothing would complete the parent.
/// </summary>
public static class InstanceMigration
{
    /// <summary>Null when the instance can move; else why not, naming the activity.</summary>
    public static string? Check(WorkflowState state, WorkflowDefinition target, Alteration alteration)
    {
        foreach (var bookmark in state.Bookmarks)
        {
            var to = alteration.MapActivity(bookmark.ActivityId);
            if (target.Flowchart.Find(to) is not { } node)
            {
                return $"Activity '{bookmark.ActivityId}' is waiting, but version {target.Version} has no activity '{to}'; map it to one that exists.";
            }

            if (node.Type != bookmark.ActivityType && node.Json["workflowDefinitionId"] is JsonValue subFlow)
            {
                // The open task holds the decision in progress; a sub-flow node would start a fresh approval and lose it.
                return $"Activity '{bookmark.ActivityId}' waits at its own {bookmark.ActivityType}, but '{to}' in version {target.Version} runs the "
                    + $"sub-flow '{subFlow}' instead: migrating would drop the open task. Let the instance finish on version {state.DefinitionVersion}, "
                    + "or migrate it once it has moved past that activity.";
            }

            if (node.Type != bookmark.ActivityType)
            {
                return $"Activity '{bookmark.ActivityId}' is a {bookmark.ActivityType}, but '{to}' in version {target.Version} is a {node.Type}.";
            }
        }

        var pending = state.Scheduled.Concat(state.Tokens.SelectMany(t => new[] { t.Join, t.From }));
        return pending.Select(alteration.MapActivity).FirstOrDefault(id => target.Flowchart.Find(id) is null) is { } missing
            ? $"Activity '{missing}' is pending, but version {target.Version} has no such activity."
            : null;
    }

    /// <summary>Re-points the state; returns the bookmark moves "from → to" for the log. Call <see cref="Check"/> first.</summary>
    public static IReadOnlyList<string> Apply(WorkflowState state, WorkflowDefinition target, Alteration alteration)
    {
        var moves = new List<string>();
        state.Bookmarks = [.. state.Bookmarks.Select(b =>
        {
            var node = target.Flowchart.Find(alteration.MapActivity(b.ActivityId))!;
            moves.Add(b.ActivityId == node.Id ? b.ActivityId : $"{b.ActivityId} → {node.Id}");
            return b with { ActivityId = node.Id, ActivityNodeId = node.NodeId ?? node.Id, ActivityType = node.Type };
        })];
        state.Scheduled = [.. state.Scheduled.Select(alteration.MapActivity)];
        state.Tokens = [.. state.Tokens.Select(t => t with { Join = alteration.MapActivity(t.Join), From = alteration.MapActivity(t.From) })];
        foreach (var (name, value) in VariableDefaults.For(target))
        {
            if (!state.Variables.ContainsKey(name))
            {
                state.Variables[name] = value?.DeepClone();
            }
        }

        state.DefinitionVersionId = target.Id;
        state.DefinitionVersion = target.Version;
        return moves;
    }
}
