using System.Text.Json;
using Claims.Web.Features.Workflows.Contracts;
using Claims.Web.Features.Tasks.Contracts;
using Claims.Web.Features.Renewals.Contracts;
using Claims.Workflows.Engine;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Benchmarks.Chaos;

/// <summary>What the database says after a scenario: every count here should be the expected total or zero.</summary>
public sealed record ChaosAudit(
    int Instances,
    int Finished,
    int Stuck,
    int Faulted,
    int DuplicateStarts,
    int DoubledJournal,
    int DoubledTasks,
    int DoubledCompletionLog,
    int DoubledResumeCommands,
    int DoubledTimerFirings,
    int Disagreeing,
    int UnsentOutbox,
    int Incidents)
{
    /// <summary>Every "done twice" figure summed: the suite's verdict is that this is zero.</summary>
    public int Doubled => DuplicateStarts + DoubledJournal + DoubledTasks + DoubledCompletionLog + DoubledResumeCommands + DoubledTimerFirings;

    public static Task<ChaosAudit> ReadAsync(ChaosCluster cluster) => cluster.WithDbAsync(async db =>
    {
        var instances = await db.Set<WorkflowInstanceRecord>().AsNoTracking()
            .Select(i => new { i.Id, i.Status, i.CorrelationId }).ToListAsync();
        var twice = await db.Set<JournalRecord>().AsNoTracking()
            .GroupBy(j => new { j.WorkflowInstanceId, j.ActivityId, j.EventName }).Where(g => g.Count() > 1).Select(g => g.Key).ToListAsync();
        // An activity with a retry policy starts (and faults) once per try: there only a second completion is a double.
        var retried = (await db.Set<JournalRecord>().AsNoTracking().Where(j => j.EventName == nameof(JournalEvent.Faulted))
            .Select(j => new { j.WorkflowInstanceId, j.ActivityId }).Distinct().ToListAsync()).Select(r => (r.WorkflowInstanceId, r.ActivityId)).ToHashSet();
        var journal = twice.Count(k => k.EventName == nameof(JournalEvent.Completed) || !retried.Contains((k.WorkflowInstanceId, k.ActivityId)));
        var tasks = await db.WorkTasks.AsNoTracking().GroupBy(t => t.BookmarkId).Where(g => g.Count() > 1).CountAsync();
        var completions = await db.TaskCompletionLog.AsNoTracking().GroupBy(e => e.TaskId).Where(g => g.Count() > 1).CountAsync();
        var resumeType = OutboxWriter.MessageTypeName(typeof(ResumeWorkflow));
        var resumes = await db.OutboxMessages.AsNoTracking().Where(m => m.MessageType == resumeType).Select(m => m.Body).ToListAsync();
        var timerFirings = await db.Set<JournalRecord>().AsNoTracking()
            .Where(j => j.ActivityType == "Elsa.Delay" && j.EventName == nameof(JournalEvent.Resumed))
            .GroupBy(j => j.WorkflowInstanceId).Where(g => g.Count() > 1).CountAsync();
        var openBookmarks = await db.Set<BookmarkRecord>().AsNoTracking().Where(b => b.ConsumedAt == null).Select(b => b.WorkflowInstanceId).ToListAsync();
        var openTasks = await db.WorkTasks.AsNoTracking().Where(t => t.Status == WorkTaskStatus.Open).Select(t => t.WorkflowInstanceId).ToListAsync();
        var waiting = openBookmarks.ToHashSet();
        var tasked = openTasks.OfType<Guid>().ToHashSet();
        // A finished instance holds no open bookmark or task; a suspended one waits on at least one bookmark.
        var disagreeing = instances.Count(i => i.Status == WorkflowStatus.Finished ? waiting.Contains(i.Id) || tasked.Contains(i.Id)
            : i.Status == WorkflowStatus.Suspended && !waiting.Contains(i.Id));
        return new ChaosAudit(
            instances.Count,
            instances.Count(i => i.Status == WorkflowStatus.Finished),
            instances.Count(i => i.Status != WorkflowStatus.Finished),
            instances.Count(i => i.Status == WorkflowStatus.Faulted),
            instances.Where(i => i.CorrelationId != null).GroupBy(i => i.CorrelationId).Count(g => g.Count() > 1),
            journal,
            tasks,
            completions,
            resumes.Select(b => JsonSerializer.Deserialize<ResumeWorkflow>(b, JsonDefaults.Options)!).Where(r => r.RequestedBy != ChaosLoad.DuplicateRequester)
                .GroupBy(r => r.BookmarkId).Count(g => g.Count() > 1),
            timerFirings,
            disagreeing,
            await db.OutboxMessages.CountAsync(m => m.SentAt == null),
            await db.Set<IncidentRecord>().CountAsync());
    });

    public IEnumerable<(string Name, object Value)> Lines() =>
    [
        ("instances", Instances), ("finished", Finished), ("stuck (not finished)", Stuck), ("faulted", Faulted),
        ("doubled: starts for one key", DuplicateStarts), ("doubled: journal (activity event twice in one instance)", DoubledJournal),
        ("doubled: tasks for one bookmark", DoubledTasks), ("doubled: completion log entries for one task", DoubledCompletionLog),
        ("doubled: resume commands for one bookmark", DoubledResumeCommands), ("doubled: timer firings for one instance", DoubledTimerFirings),
        ("state disagreeing (bookmarks/tasks vs status)", Disagreeing), ("outbox rows unsent", UnsentOutbox), ("incidents", Incidents),
    ];
}
