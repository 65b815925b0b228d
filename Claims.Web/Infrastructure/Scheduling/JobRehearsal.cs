using System.Diagnostics;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Scheduling;

/// <summary>What a rehearsed job did: its own summary, how long it took, and the messages it queued, by type.</summary>
public sealed record RehearsalResult(string Job, DateOnly AsOf, string Summary, TimeSpan Elapsed, IReadOnlyList<QueuedMessages> Queued);

public sealed record QueuedMessages(string MessageType, int Count);

/// <summary>
/// Runs one daily job as of a chosen date, outside Production only: the job sees that date as its run date and, through
/// <see cref="AsOfClock"/>, as its clock. It bypasses the once-per-day claim, so today's real run still happens.
/// </summary>
public sealed class JobRehearsal(IEnumerable<IDailyJob> jobs, IServiceScopeFactory scopes, IHostEnvironment environment)
{
    public bool Allowed => !environment.IsProduction();

    public IReadOnlyList<string> Jobs => [.. jobs.Select(j => j.Name).Order(StringComparer.Ordinal)];

    public async Task<RehearsalResult?> RunAsync(string jobName, DateOnly asOf, CancellationToken ct)
    {
        if (!Allowed)
        {
            throw new InvalidOperationException("Job rehearsals are refused in Production.");
        }

        if (jobs.FirstOrDefault(j => j.Name == jobName) is not { } job)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var before = await db.OutboxMessages.MaxAsync(m => (long?)m.Id, ct) ?? 0;
        var watch = Stopwatch.StartNew();
        AsOfClock.Set(asOf.ToDateTime(job.RunAfter, DateTimeKind.Utc));
        string summary;
        try
        {
            summary = await job.RunAsync(asOf, ct);
        }
        finally
        {
            AsOfClock.Clear();
        }

        var types = await db.OutboxMessages.AsNoTracking().Where(m => m.Id > before).Select(m => m.MessageType).ToListAsync(ct);
        var queued = types.GroupBy(ShortName).Select(g => new QueuedMessages(g.Key, g.Count())).OrderBy(q => q.MessageType, StringComparer.Ordinal).ToList();
        return new RehearsalResult(job.Name, asOf, summary, watch.Elapsed, queued);
    }

    /// <summary>"Claims.Workflows.Contracts.RenewalReminderDue, Claims.Workflows" → "RenewalReminderDue".</summary>
    private static string ShortName(string messageType)
    {
        var name = messageType.Split(',')[0];
        return name[(name.LastIndexOf('.') + 1)..];
    }
}

public static class JobRehearsalRegistration
{
    /// <summary>The admin's job rehearsal (refused in Production) over the app's <see cref="AsOfClock"/>.</summary>
    public static IServiceCollection AddJobRehearsal(this IServiceCollection services)
    {
        services.AddAsOfClock();
        services.AddSingleton<JobRehearsal>();
        return services;
    }
}
