using Claims.Workflows.Activities;

namespace Claims.Workflows.Definitions;

/// <summary>Graph checks: one start, valid and complete connections, every node reachable.</summary>
internal static class FlowchartRules
{
    public static IEnumerable<ValidationError> Check(
        Flowchart flowchart, ActivityRegistry registry, IReadOnlyDictionary<string, IReadOnlyList<string>> ports)
    {
        var starts = flowchart.Activities.Where(a => registry.Find(a)?.IsStart == true).ToList();
        if (starts.Count == 0 && flowchart.StartActivity(_ => false) is { } inferred)
        {
            starts.Add(inferred); // an Elsa export may start at the root's start id or at its only entry node
        }

        if (starts.Count == 0)
        {
            yield return ValidationError.Workflow("The flowchart needs a start activity.");
        }

        foreach (var extra in starts.Skip(1))
        {
            yield return ValidationError.At(extra, "Only one start activity is allowed.");
        }

        foreach (var duplicate in flowchart.Activities.GroupBy(a => a.Id).Where(g => g.Count() > 1))
        {
            yield return ValidationError.At(duplicate.First(), $"The id '{duplicate.Key}' is used by {duplicate.Count()} activities.");
        }

        foreach (var connection in flowchart.Connections)
        {
            var source = flowchart.Find(connection.SourceActivity);
            if (source is null || flowchart.Find(connection.TargetActivity) is null)
            {
                var missing = source is null ? connection.SourceActivity : connection.TargetActivity;
                yield return new ValidationError(missing, null, $"A connection refers to missing activity '{missing}'.");
            }
            else if (ports.TryGetValue(source.Id, out var known) && !known.Contains(connection.SourcePort))
            {
                yield return ValidationError.At(source, $"Unknown outcome port '{connection.SourcePort}'.");
            }
            else if (connection.TargetPort != "In")
            {
                yield return ValidationError.At(source, $"A connection must end at port 'In', not '{connection.TargetPort}'.");
            }
        }

        foreach (var node in flowchart.Activities)
        {
            // A lone Done port may end a path, as in Elsa; a named outcome left open is a forgotten branch.
            var nodePorts = ports.GetValueOrDefault(node.Id, []);
            var unconnected = nodePorts.Where(p => !flowchart.Outbound(node.Id, p).Any() && nodePorts is not [ActivityDescriptor.DonePort]);
            foreach (var port in unconnected)
            {
                yield return ValidationError.At(node, $"Outcome '{port}' is not connected.");
            }
        }

        foreach (var merge in registry.Graph(flowchart).UnjoinedMerges)
        {
            if (flowchart.Find(merge.NodeId) is { } node && flowchart.Find(merge.ForkId) is { } fork)
            {
                yield return ValidationError.At(node, $"Concurrent branches from {fork.Label} both reach this node without a join; merge them with an Elsa.FlowJoin first.");
            }
        }

        if (starts.Count == 0)
        {
            yield break;
        }

        var reached = Reachable(flowchart, starts[0].Id);
        foreach (var node in flowchart.Activities.Where(a => !reached.Contains(a.Id) && !starts.Contains(a)))
        {
            yield return ValidationError.At(node, "Not reachable from the start.");
        }
    }

    private static HashSet<string> Reachable(Flowchart flowchart, string startId)
    {
        var seen = new HashSet<string> { startId };
        var queue = new Queue<string>([startId]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var next in flowchart.Outbound(id).Select(c => c.TargetActivity))
            {
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return seen;
    }
}
