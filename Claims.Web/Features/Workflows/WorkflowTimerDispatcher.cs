using Claims.Web.Features.Workflows.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Hosting;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Workflows;

/// <summary>
/// On every node: dispatches due timers (each claimed by one node under a concurrency check, with its
/// FireWorkflowTimer command in the same transaction) and escalates overdue tasks. Survives restarts because
/// timers are rows, not in-memory schedules; RabbitMQ delayed messages are never used.
/// </summary>
public sealed class WorkflowTimerDispatcher(IServiceScopeFactory scopes, WorkflowOptions options, TimeProvider time, ILogger<WorkflowTimerDispatcher> logger)
    : BackgroundService
{
    private readonly string _node = global::Claims.Web.Infrastructure.NodeName.New();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchDueAsync(stoppingToken);
                await EscalateOverdueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Timer dispatch failed; next round in {Interval}", options.TimerPollInterval);
            }

            await Task.Delay(options.TimerPollInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.Set<WorkflowTimerRecord>()
            .Where(t => t.DispatchedAt == null && t.FireAt <= now)
            .OrderBy(t => t.FireAt).Take(100).ToListAsync(ct);
        var dispatched = 0;
        foreach (var timer in due)
        {
            if (db.Entry(timer).State == EntityState.Detached)
            {
                db.Attach(timer);
            }

            timer.MarkDispatched(_node, now);
            db.AddOutboxMessage(new FireWorkflowTimer(timer.Id, timer.WorkflowInstanceId, timer.FireAt), now);
            try
            {
                await db.SaveChangesAsync(ct);
                dispatched++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another node dispatched it first; forget our copy and its outbox row.
                db.ChangeTracker.Clear();
            }
        }

        return dispatched;
    }

    public async Task<int> EscalateOverdueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var overdue = await db.WorkTasks
            .Where(t => t.Status == global::Claims.Workflows.Tasks.WorkTaskStatus.Open && t.EscalateTo != null && t.EscalatedAt == null && t.DueAt <= now)
            .Take(100).ToListAsync(ct);
        var escalated = overdue.Count(t => t.Escalate(now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return 0;
        }

        return escalated;
    }
}
