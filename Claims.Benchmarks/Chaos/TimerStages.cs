using Claims.Web.Features.Workflows;
using Claims.Web.Features.Workflows.Contracts;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Claims.Benchmarks.Chaos;

/// <summary>
/// Where R4's time goes after the restart: when the last timer was dispatched, its fire command relayed, consumed (its
/// inbox row) and its instance finished, each in seconds after both nodes answered healthy (the nodes' clocks are this one).
/// Negative when the first node back fired everything before the second answered healthy ("-": no timer went that way).
/// </summary>
public static class TimerStages
{
    public static async Task AddAsync(ChaosReport report, ChaosCluster cluster, DateTime healthyAt)
    {
        var fireType = OutboxWriter.MessageTypeName(typeof(FireWorkflowTimer));
        var (dispatched, relayed, consumed, finished, byNode) = await cluster.WithDbAsync(async db => (
            await db.Set<WorkflowTimerRecord>().MaxAsync(t => t.DispatchedAt),
            await db.OutboxMessages.Where(m => m.MessageType == fireType).MaxAsync(m => m.SentAt),
            await db.InboxMessages.Where(m => m.Consumer == FireWorkflowTimerConsumer.InboxName).MaxAsync(m => (DateTime?)m.ProcessedAt),
            await db.Set<WorkflowInstanceRecord>().MaxAsync(i => i.FinishedAt),
            await db.Set<WorkflowTimerRecord>().GroupBy(t => t.DispatchedBy).Select(g => new { g.Key, Count = g.Count() }).ToListAsync()));
        report.Add("last timer dispatched (after healthy)", Since(dispatched));
        report.Add("last fire command relayed (after healthy)", Since(relayed));
        report.Add("last fire command consumed (after healthy)", Since(consumed));
        report.Add("last instance finished (after healthy)", Since(finished));
        report.Add("timers dispatched by", string.Join(", ", byNode.OrderBy(n => n.Key).Select(n => $"{n.Key ?? "none"} {n.Count}")));

        string Since(DateTime? at) => at is { } t ? $"{(t - healthyAt).TotalSeconds:0.0} s" : "-";
    }
}
