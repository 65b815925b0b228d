using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Scheduling;

/// <summary>
/// On every node: claims each due daily job by inserting its (job, date) row; the node whose insert wins runs it.
/// No Quartz store and no broker-side scheduling: RabbitMQ here has no delayed messages.
/// </summary>
public sealed class DailyJobScheduler(IServiceScopeFactory scopes, TimeProvider time, ILogger<DailyJobScheduler> logger, IConfiguration configuration)
    : BackgroundService
{
    private readonly string _node = NodeName.New();
    private readonly TimeSpan _lease = configuration.GetValue("Scheduling:Lease", TimeSpan.FromMinutes(30));
    private readonly TimeSpan _poll = configuration.GetValue("Scheduling:PollInterval", TimeSpan.FromMinutes(1));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Daily job round failed; next round in {Poll}", _poll);
            }

            await Task.Delay(_poll, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Runs, on this node, every job whose run for today this node wins. Returns the jobs it ran.</summary>
    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken ct)
    {
        var ran = new List<string>();
        await using var scope = scopes.CreateAsyncScope();
        foreach (var job in scope.ServiceProvider.GetServices<IDailyJob>())
        {
            var now = time.GetUtcNow().UtcDateTime;
            var today = DateOnly.FromDateTime(now);
            if (TimeOnly.FromDateTime(now) < job.RunAfter || !await TryClaimAsync(job.Name, today, now, ct))
            {
                continue;
            }

            logger.LogInformation("Running daily job {Job} for {Date} on {Node}", job.Name, today, _node);
            var summary = await job.RunAsync(today, ct);
            await using var done = scopes.CreateAsyncScope();
            var db = done.ServiceProvider.GetRequiredService<ClaimsDbContext>();
            var run = await db.Set<JobRun>().SingleAsync(r => r.JobName == job.Name && r.RunDate == today, ct);
            run.Complete(time.GetUtcNow().UtcDateTime, summary);
            await db.SaveChangesAsync(ct);
            ran.Add(job.Name);
        }

        return ran;
    }

    private async Task<bool> TryClaimAsync(string jobName, DateOnly today, DateTime now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var existing = await db.Set<JobRun>().SingleOrDefaultAsync(r => r.JobName == jobName && r.RunDate == today, ct);
        if (existing is null)
        {
            db.Set<JobRun>().Add(JobRun.Start(jobName, today, _node, now, _lease));
        }
        else if (existing.CanTakeOver(now))
        {
            existing.TakeOver(_node, now, _lease);
        }
        else
        {
            return false;
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || DbErrors.IsDuplicateKey(ex))
        {
            return false;
        }
    }
}
