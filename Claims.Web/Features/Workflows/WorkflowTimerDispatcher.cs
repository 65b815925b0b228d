using Claims.Web.Features.Workflows.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Hosting;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Workflows;

/// <summary>
/// On every node: fires due timers in batches (claimed and resumed in one transaction a batch, rows another node holds
/// skipped; a timer that cannot run in place goes to the FireWorkflowTimer consumer) and escalates overdue tasks.
/// Survives restarts because timers are rows, not in-memory schedules; RabbitMQ delayed messages are never used.
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

    /// <summary>
    /// One batch of due timers, fired where they were claimed: the claim (each timer marked dispatched) and every
    /// instance's resume commit in one transaction, so a timer fires exactly when its claim commits; a node that dies
    /// mid-batch leaves its timers due for the next claim. How many were read, and how many this node fired.
    /// </summary>
    private async Task<(int Read, int Done)> DispatchBatchAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var claimed = new List<Guid>();
        try
        {
            var fired = await FireAsync((db, token) => TimerClaims.DueAsync(db, now, BatchSize, token), claimed, now, ct);
            return (fired, fired);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && claimed.Count > 0)
        {
            // One instance changed under the batch (or failed to run): fire the batch one by one, so it holds up none of the others.
            logger.LogInformation(ex, "A batch of {Count} timers failed; firing them one by one", claimed.Count);
            var done = 0;
            foreach (var id in claimed)
            {
                done += await FireOneAsync(id, now, ct);
            }

            return (done == 0 ? 0 : claimed.Count, done); // none fired: stop draining until the next round, do not spin on them
        }
    }

    private async Task<int> FireOneAsync(Guid id, DateTime now, CancellationToken ct)
    {
        try
        {
            return await FireAsync((db, token) => TimerClaims.OneAsync(db, id, now, token), [], now, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return 0; // another node fired it, or its instance moved on meanwhile: still due (if not fired) for the next round
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // It fails to run here: hand it to the FireWorkflowTimer consumer, whose retries and error queue deal with it.
            logger.LogWarning(ex, "Timer {TimerId} failed to fire in place; sending it to its consumer", id);
            return await SendAsync(id, now, ct);
        }
    }

    /// <summary>Claims timers and resumes their instances in one transaction; <paramref name="claimed"/> gets their ids.</summary>
    private async Task<int> FireAsync(
        Func<ClaimsDbContext, CancellationToken, Task<List<WorkflowTimerRecord>>> claim, List<Guid> claimed, DateTime now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var host = scope.ServiceProvider.GetRequiredService<WorkflowHost>();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            claimed.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var timers = await claim(db, token);
            claimed.AddRange(timers.Select(t => t.Id));
            foreach (var timer in timers)
            {
                timer.MarkDispatched(_node, now);
                await host.ResumeAsync(timer.Id, ct: token); // the timer's id is its bookmark's; a consumed bookmark is a no-op
            }

            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return timers.Count;
        }, ct);
    }

    /// <summary>The message path: marks the timer dispatched with a FireWorkflowTimer command for any node's consumer.</summary>
    private async Task<int> SendAsync(Guid id, DateTime now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        if (await db.Set<WorkflowTimerRecord>().FirstOrDefaultAsync(t => t.Id == id && t.DispatchedAt == null, ct) is not { } timer)
        {
            return 0;
        }

        timer.MarkDispatched(_node, now);
        db.AddOutboxMessage(new FireWorkflowTimer(timer.Id, timer.WorkflowInstanceId, timer.FireAt), now);
        try
        {
            await db.SaveChangesAsync(ct);
            return 1;
        }
        catch (DbUpdateConcurrencyException)
        {
            return 0; // another node dispatched it first
        }
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
