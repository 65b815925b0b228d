using System.Text.Json.Nodes;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Activities;
using Claims.Workflows.Definitions;
using Claims.Workflows.Persistence;

namespace Claims.Web.ElsaApi;

/// <summary>
/// The viewer's "Activity Call Stack" tab: the executions that led to one, root first. Our journal does not store who
/// scheduled whom, so each step back is the latest completion, before this start, of a node connected to it.
/// </summary>
public static class ActivityCallStack
{
    private const int MaxTake = 1000;

    public static void Map(RouteGroupBuilder api) => api.MapGet("/activity-executions/{id}/call-stack", Handle);

    public static async Task<IResult> Handle(string id, bool? includeCrossWorkflowChain, int? skip, int? take, ClaimsDbContext db, WorkflowDefinitionStore store, ActivityRegistry registry, CancellationToken ct)
    {
        if (skip is < 0 || take is < 0)
        {
            return ElsaResults.Invalid(skip is < 0 ? "skip" : "take", "Must not be negative.", "The paging is invalid.");
        }

        if (!ActivityExecutions.TryParseId(id, out var instanceId, out var sequence))
        {
            return TypedResults.NotFound();
        }

        var (rows, definition) = await ActivityExecutions.LoadAsync(instanceId, db, store, ct);
        var start = rows.FirstOrDefault(j => j.Sequence == sequence && j.EventName == "Started");
        if (start is null)
        {
            return TypedResults.NotFound();
        }

        var chain = Chain(start, rows, definition);
        var items = chain.Skip(skip ?? 0).Take(take is null or 0 ? 100 : Math.Min(take.Value, MaxTake))
            .Select(s => (JsonNode)ActivityExecutions.Record(s, rows, definition, registry));
        return ElsaResults.Json(new JsonObject
        {
            ["activityExecutionId"] = id,
            ["items"] = new JsonArray([.. items]),
            ["totalCount"] = chain.Count,
        });
    }

    /// <summary>The Started entries from the first execution down to <paramref name="start"/>; a revisited node ends the walk.</summary>
    public static List<JournalRecord> Chain(JournalRecord start, List<JournalRecord> rows, WorkflowDefinition? definition)
    {
        var chain = new List<JournalRecord> { start };
        var seen = new HashSet<long> { start.Sequence };
        for (var current = start; definition is not null && chain.Count < MaxTake;)
        {
            var scheduler = Scheduler(current, rows, definition.Flowchart);
            if (scheduler is null || !seen.Add(scheduler.Sequence))
            {
                break;
            }

            chain.Insert(0, scheduler);
            current = scheduler;
        }

        return chain;
    }

    /// <summary>The Started entry of the execution whose completion, through a connection, scheduled <paramref name="start"/>.</summary>
    private static JournalRecord? Scheduler(JournalRecord start, List<JournalRecord> rows, Flowchart flowchart)
    {
        var inbound = flowchart.Inbound(start.ActivityId).ToList();
        var completed = rows.LastOrDefault(j => j.Sequence < start.Sequence && j.EventName == "Completed"
            && inbound.Any(c => c.SourceActivity == j.ActivityId && c.SourcePort == (j.Outcome is { Length: > 0 } o ? o : "Done")))
            ?? rows.LastOrDefault(j => j.Sequence < start.Sequence && j.EventName == "Completed" && inbound.Any(c => c.SourceActivity == j.ActivityId));
        return completed is null
            ? null
            : rows.LastOrDefault(j => j.ActivityId == completed.ActivityId && j.EventName == "Started" && j.Sequence < completed.Sequence);
    }
}
