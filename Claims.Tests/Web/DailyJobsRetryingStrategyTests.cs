using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace Claims.Tests.Web;

/// <summary>Production's SQL Server retries on failure, which refuses a transaction begun outside the strategy: every daily job must still run.</summary>
public sealed class DailyJobsRetryingStrategyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task DailyJobs_RetryingExecutionStrategy_EveryJobCompletesAndQueuesReminders()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 3, 0, 0, TimeSpan.Zero));
        await using var app = ClaimsAppFactory.WithSqlite();
        app.Settings["Demo:Seed"] = "true";
        app.Settings["Scheduling:Enabled"] = "false";
        app.TestServices = s =>
        {
            s.AddSingleton<TimeProvider>(time);
            s.ConfigureDbContext<SqliteClaimsDbContext>(o => o.UseSqlite(b => b.ExecutionStrategy(d => new RetryingStrategy(d))));
        };
        var jobs = app.Services.GetServices<IDailyJob>().Select(j => j.Name).Order().ToList();

        var day = await DailyJobsPostgreSqlTests.RunDayAsync(app, time, jobs, output);

        Assert.True(day.Reminders > 0, "the sweep queued reminders");
    }
}
