using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Scheduling;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Claims.Tests.Web;

public sealed class DailyJobSchedulerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claims-jobs-").FullName;
    private readonly CountingJob _job = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 3, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task DailyJob_TwoNodesAtOnce_RunsOnceADay()
    {
        await using var a = Node();
        await using var b = Node();

        var first = await Task.WhenAll(Scheduler(a).RunDueAsync(default), Scheduler(b).RunDueAsync(default));
        var again = await Scheduler(b).RunDueAsync(default);
        _time.Advance(TimeSpan.FromDays(1));
        var nextDay = await Scheduler(b).RunDueAsync(default);

        Assert.Equal(1, first.Sum(r => r.Count));
        Assert.Empty(again);
        Assert.Single(nextDay);
        Assert.Equal(2, _job.Runs);
    }

    [Fact]
    public async Task DailyJob_NodeDiedMidRun_AnotherTakesOverAfterTheLease()
    {
        await using var a = Node();
        await using (var scope = a.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
            db.Set<JobRun>().Add(JobRun.Start(CountingJob.JobName, DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime), "dead-node", _time.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(30)));
            await db.SaveChangesAsync();
        }

        var duringLease = await Scheduler(a).RunDueAsync(default);
        _time.Advance(TimeSpan.FromMinutes(31));
        var afterLease = await Scheduler(a).RunDueAsync(default);

        Assert.Empty(duringLease);
        Assert.Single(afterLease);
        await using var check = a.Services.CreateAsyncScope();
        var run = await check.ServiceProvider.GetRequiredService<ClaimsDbContext>().Set<JobRun>().SingleAsync();
        Assert.Equal((2, true), (run.Attempts, run.CompletedAt is not null));
    }

    private static DailyJobScheduler Scheduler(ClaimsAppFactory node) => node.Services.GetRequiredService<DailyJobScheduler>();

    private ClaimsAppFactory Node()
    {
        var node = new ClaimsAppFactory(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "claims.db")};Default Timeout=30");
        node.Settings["Scheduling:Enabled"] = "false";
        node.TestServices = s =>
        {
            s.AddSingleton<TimeProvider>(_time);
            s.RemoveAll<IDailyJob>();
            s.AddSingleton<IDailyJob>(_job);
        };
        return node;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class CountingJob : IDailyJob
    {
        public const string JobName = "test.counting";
        private int _runs;

        public int Runs => _runs;
        public string Name => JobName;
        public TimeOnly RunAfter => new(2, 0);

        public Task<string> RunAsync(DateOnly runDate, CancellationToken ct) =>
            Task.FromResult($"run {Interlocked.Increment(ref _runs)}");
    }
}
