using System.Diagnostics;
using System.Diagnostics.Metrics;
using Claims.Workflows.Definitions;

namespace Claims.Workflows.Engine;

/// <summary>
/// The engine's OpenTelemetry signals over the BCL's ActivitySource and Meter (no package needed here): a span per run
/// (start, resume, retry) and per activity, and counters of starts, resumes, activities and incidents.
/// </summary>
public static class WorkflowTelemetry
{
    public const string Name = "Claims.Workflows";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Starts = Meter.CreateCounter<long>("claims.workflow.starts", "{instance}", "Workflow instances started.");

    public static readonly Counter<long> Resumes = Meter.CreateCounter<long>("claims.workflow.resumes", "{resume}", "Bookmarks resumed (tasks, messages, timers).");

    public static readonly Counter<long> Activities = Meter.CreateCounter<long>("claims.workflow.activities", "{activity}", "Activities executed or resumed.");

    public static readonly Counter<long> Incidents = Meter.CreateCounter<long>("claims.workflow.incidents", "{incident}", "Incidents recorded (an activity faulted).");

    /// <summary>The span of one run of an instance; <paramref name="kind"/> is start, resume or retry.</summary>
    public static Activity? Run(string kind, string definitionId, Guid? instanceId = null)
    {
        var span = Source.StartActivity($"workflow {kind} {definitionId}");
        span?.SetTag("workflow.definition_id", definitionId);
        span?.SetTag("workflow.run", kind);
        if (instanceId is { } id)
        {
            span?.SetTag("workflow.instance_id", id.ToString());
        }

        return span;
    }

    /// <summary>The span of one activity's execution (or resumption) within a run.</summary>
    public static Activity? Step(WorkflowDefinition definition, ActivityNode node, bool resuming)
    {
        var tags = new TagList { { "workflow.definition_id", definition.DefinitionId }, { "workflow.activity_type", node.Type } };
        Activities.Add(1, tags);
        var span = Source.StartActivity($"activity {node.Type}");
        span?.SetTag("workflow.definition_id", definition.DefinitionId);
        span?.SetTag("workflow.activity_id", node.Id);
        span?.SetTag("workflow.activity_type", node.Type);
        span?.SetTag("workflow.resumed", resuming);
        return span;
    }

    public static void Incident(string definitionId, string activityType, string message)
    {
        Incidents.Add(1, new TagList { { "workflow.definition_id", definitionId }, { "workflow.activity_type", activityType } });
        Activity.Current?.SetStatus(ActivityStatusCode.Error, message);
    }
}
