namespace Claims.Workflows.Definitions;

/// <summary>What a node does to the flow of a flowchart's branches.</summary>
public enum NodeRole { Plain, Fork, Join, Terminal }

/// <summary>A node that two concurrent branches of <paramref name="ForkId"/> reach without a join in between.</summary>
public sealed record UnjoinedMerge(string NodeId, string ForkId);

/// <summary>
/// Concurrency facts of one flowchart: which nodes are joins (explicit, or implicit where branches meet without
/// one), and whether a node can still bring a branch to a join. Built once per run or check; the graph never changes.
/// </summary>
public sealed class FlowGraph
{
    private readonly Flowchart _flowchart;
    private readonly Dictionary<string, NodeRole> _roles;
    private readonly Dictionary<string, List<string>> _next;
    private readonly Dictionary<(string From, string Join), bool> _reaches = [];
    private IReadOnlyList<UnjoinedMerge>? _unjoined;
    private HashSet<string>? _implicitJoins;

    public FlowGraph(Flowchart flowchart, Func<ActivityNode, NodeRole> role)
    {
        _flowchart = flowchart;
        _roles = flowchart.Activities.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => role(g.First()));
        _next = flowchart.Connections.GroupBy(c => c.SourceActivity)
            .ToDictionary(g => g.Key, g => g.Select(c => c.TargetActivity).Distinct().ToList());
    }

    public NodeRole RoleOf(string activityId) => _roles.GetValueOrDefault(activityId);

    /// <summary>Nodes where concurrent branches meet without a join: refused at publish, merged as WaitAll at run time.</summary>
    public IReadOnlyList<UnjoinedMerge> UnjoinedMerges => _unjoined ??= FindUnjoinedMerges();

    /// <summary>An explicit join, or a node concurrent branches reach without one (it then waits for all of them).</summary>
    public bool IsJoin(string activityId) =>
        RoleOf(activityId) == NodeRole.Join || (_implicitJoins ??= UnjoinedMerges.Select(m => m.NodeId).ToHashSet()).Contains(activityId);

    public bool IsExplicitJoin(string activityId) => RoleOf(activityId) == NodeRole.Join;

    /// <summary>Whether running <paramref name="from"/> can lead to <paramref name="join"/> by a path that does not pass through the join.</summary>
    public bool Reaches(string from, string join)
    {
        if (_reaches.TryGetValue((from, join), out var known))
        {
            return known;
        }

        var seen = new HashSet<string> { from };
        var queue = new Queue<string>([from]);
        var found = false;
        while (!found && queue.TryDequeue(out var id))
        {
            foreach (var next in _next.GetValueOrDefault(id, []))
            {
                if (next == join)
                {
                    found = true;
                    break;
                }

                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return _reaches[(from, join)] = found;
    }

    /// <summary>The connections that leave a node together: all of a fork's, else those of one port when it has several.</summary>
    private IEnumerable<(string ForkId, List<string> Targets)> BranchGroups()
    {
        foreach (var group in _flowchart.Connections.GroupBy(c => c.SourceActivity))
        {
            if (RoleOf(group.Key) == NodeRole.Fork)
            {
                yield return (group.Key, group.Select(c => c.TargetActivity).ToList());
                continue;
            }

            foreach (var port in group.GroupBy(c => c.SourcePort).Where(p => p.Count() > 1))
            {
                yield return (group.Key, port.Select(c => c.TargetActivity).ToList());
            }
        }
    }

    private List<UnjoinedMerge> FindUnjoinedMerges()
    {
        var found = new Dictionary<string, UnjoinedMerge>();
        foreach (var (forkId, targets) in BranchGroups())
        {
            for (var i = 0; i < targets.Count; i++)
            {
                for (var j = i + 1; j < targets.Count; j++)
                {
                    foreach (var node in MeetWithoutJoin(targets[i], targets[j]))
                    {
                        found.TryAdd(node, new UnjoinedMerge(node, forkId));
                    }
                }
            }
        }

        return [.. found.Values];
    }

    /// <summary>
    /// Nodes both branches reach before a join they share; a join reached by one branch only (a nested fork's) is passed
    /// through, since what follows it still belongs to that branch.
    /// </summary>
    private IEnumerable<string> MeetWithoutJoin(string a, string b)
    {
        if (a == b)
        {
            return RoleOf(a) is NodeRole.Join or NodeRole.Terminal ? [] : [a];
        }

        var shared = new HashSet<string>();
        while (true)
        {
            var left = Branch(a, shared);
            var right = Branch(b, shared);
            var common = left.Intersect(right).ToList();
            var newJoins = common.Where(n => RoleOf(n) == NodeRole.Join && !shared.Contains(n)).ToList();
            if (newJoins.Count == 0)
            {
                return common.Where(n => RoleOf(n) is NodeRole.Plain or NodeRole.Fork);
            }

            shared.UnionWith(newJoins);
        }
    }

    private HashSet<string> Branch(string start, HashSet<string> stopAt)
    {
        var seen = new HashSet<string> { start };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var id))
        {
            if (stopAt.Contains(id))
            {
                continue;
            }

            foreach (var next in _next.GetValueOrDefault(id, []).Where(seen.Add))
            {
                queue.Enqueue(next);
            }
        }

        return seen;
    }
}
