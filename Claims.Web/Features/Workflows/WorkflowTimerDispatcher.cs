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
    private const int BatchSize = 100;

    private readonly string _node = global::Claims.Web.Infrastructure.NodeName.New();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // After an outage thousands fall due at once: drain full batches before sleeping, not one hundred a poll round.
                await DrainAsync(DispatchBatchAsync, stoppingToken);
                await DrainAsync(EscalateBatchAsync, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Timer dispatch failed; next round in {Interval}", options.TimerPollInterval);
            }

            await Task.Delay(options.TimerPollInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    public async Task<int> DispatchDueAsync(CancellationToken ct) => (await DispatchBatchAsync(ct)).Done;

    public async Task<int> EscalateOverdueAsync(CancellationToken ct) => (await EscalateBatchAsync(ct)).Done;

    private static async Task DrainAsync(Func<CancellationToken, Task<(int Read, int Done)>> batch, CancellationToken ct)
    {
        while ((await batch(ct)).Read == BatchSize)
        {
            ct.ThrowIfCancellationRequested();
        }
    }

    /// <summary>One batch of due timers: how many were read, and how many this node dispatched.</summary>
    private async Task<(int Read, int Done)> DispatchBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.Set<WorkflowTimerRecord>()
            .Where(t => t.DispatchedAt == null && t.FireAt <= now)
            .OrderBy(t => t.FireAt).Take(BatchSize).ToListAsync(ct);
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

        return (due.Count, dispatched);
    }

    private async Task<(int Read, int Done)> EscalateBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var overdue = await db.WorkTasks
            .Where(t => t.Status == global::Claims.Workflows.Tasks.WorkTaskStatus.Open && t.EscalateTo != null && t.EscalatedAt == null && t.DueAt <= now)
            .OrderBy(t => t.DueAt).Take(BatchSize).ToListAsync(ct);
        var escalated = overdue.Count(t => t.Escalate(now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (overdue.Count, 0); // another node escalated some of them first; the next batch reads what is left
        }

        return (overdue.Count, escalated);
    }
}
