using Claims.Domain.Customers;
using Claims.Domain.Policies;
using Claims.Domain.Renewals;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Kpis;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace Claims.Tests.Web;

/// <summary>Every daily job runs green on PostgreSQL over the demo book (issue 17: the tier job failed there on every node).</summary>
[Collection(PostgresCollection.Name)]
public sealed class DailyJobsPostgreSqlTests(PostgresFixture postgres, ITestOutputHelper output)
{
    [Fact]
    public async Task DailyJobs_PostgreSqlDemoBook_EveryJobCompletesAndDoesItsWork()
    {
        // Past every job's start time (tiers 00:30, sweep and snapshot 01:00); the relay delivers the sweep's reminders.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 3, 0, 0, TimeSpan.Zero));
        await using var app = new ClaimsAppFactory(DatabaseProvider.PostgreSql, await postgres.CreateDatabaseAsync())
        {
            Settings = { ["Demo:Seed"] = "true", ["Scheduling:Enabled"] = "false" },
            TestServices = s => s.AddSingleton<TimeProvider>(time),
        };
        var jobs = app.Services.GetServices<IDailyJob>().Select(j => j.Name).Order().ToList();

        var first = await RunDayAsync(app, time, jobs, output);
        // Forty days on: the policies the first sweep reminded, never renewed, are past their grace and lapse.
        time.Advance(TimeSpan.FromDays(40));
        var second = await RunDayAsync(app, time, jobs, output);

        var (holders, tiers) = await app.WithDbAsync(async db =>
            (await db.Policies.Select(p => p.PolicyholderId).Distinct().CountAsync(), await db.Set<CustomerTier>().CountAsync()));
        Assert.Equal(holders, tiers);
        Assert.True(first.Reminders > 0, "the first sweep queued reminders");
        var lapseDue = await app.WithDbAsync(db => db.Set<RenewalReminder>().CountAsync(r => r.Stage == RenewalStage.Lapsed));
        Assert.True(lapseDue > 0, "the second sweep queued lapses");
        var lapsed = await Eventually.WaitAsync(() => app.WithDbAsync(db => db.Policies.CountAsync(p => p.Status == PolicyStatus.Lapsed)), n => n == lapseDue,
            TimeSpan.FromSeconds(60), "every lapse consumed");
        var cells = await app.WithDbAsync(db => db.Set<RenewalMonth>().CountAsync());
        output.WriteLine($"{holders} policyholders tiered; reminders {first.Reminders} then {second.Reminders}; {lapsed} policies lapsed; {cells} snapshot cells");
    }

    /// <summary>Runs every due job for the clock's day through the scheduler, as a node does, and waits for the relay to send what they queued.</summary>
    internal static async Task<(DateOnly Day, int Reminders)> RunDayAsync(ClaimsAppFactory app, FakeTimeProvider time, List<string> jobs, ITestOutputHelper output)
    {
        var day = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var before = await app.WithDbAsync(db => db.Set<RenewalReminder>().CountAsync());

        var ran = await app.Services.GetRequiredService<DailyJobScheduler>().RunDueAsync(default);

        Assert.Equal(jobs, ran.Order().ToList());
        var runs = await app.WithDbAsync(db => db.Set<JobRun>().AsNoTracking().Where(r => r.RunDate == day).ToListAsync());
        Assert.Equal(jobs.Count, runs.Count(r => r.CompletedAt != null));
        foreach (var run in runs)
        {
            output.WriteLine($"{day} {run.JobName}: {run.Summary}");
        }

        await Eventually.WaitAsync(() => app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null)), n => n == 0,
            TimeSpan.FromSeconds(60), "everything the jobs queued relayed");
        return (day, await app.WithDbAsync(db => db.Set<RenewalReminder>().CountAsync()) - before);
    }
}
