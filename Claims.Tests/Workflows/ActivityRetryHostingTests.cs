using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Activities;
using Claims.Workflows.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Claims.Tests.Workflows.EngineHosting;

namespace Claims.Tests.Workflows;

/// <summary>Retries are timer rows, not sleeps: a flaky call retried across a process restart succeeds on its third try.</summary>
public sealed class ActivityRetryHostingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claims-retry-").FullName;

    [Fact]
    public async Task Retry_ProcessRestartedBetweenTries_SucceedsOnTheThirdTry()
    {
        Guid id;
        await using (var before = Node())
        {
            await PublishAsync(before, new FlowchartBuilder("flaky-call", "Flaky call")
                .Activity("start", "Elsa.Start")
                .Activity("call", "Test.Flaky", ("FailTimes", "Int32", "Literal", "2"), ("RetryAttempts", "Int32", "Literal", "3"),
                    ("RetryDelay", "TimeSpan", "Literal", "00:00:01"))
                .Activity("end", "Elsa.Finish").Connect("start", "call").Connect("call", "end").Build());
            id = await StartAsync(await ApiClients.ForAllRolesAsync(before), "flaky-call");
        }

        await using var after = Node();
        var instance = await FinishedAsync(await ApiClients.ForAllRolesAsync(after), id, TimeSpan.FromSeconds(60));

        Assert.Equal(3, Count(instance, "Started", "call"));
        Assert.Equal(1, Count(instance, "Completed", "call"));
        Assert.Equal(0, await after.WithDbAsync(db => db.Set<IncidentRecord>().CountAsync()));
        Assert.Equal(2, await after.WithDbAsync(db => db.Set<WorkflowTimerRecord>().CountAsync(t => t.DispatchedAt != null)));
    }

    /// <summary>The app's engine with this assembly's flaky activity added to its registry.</summary>
    private ClaimsAppFactory Node()
    {
        var node = new ClaimsAppFactory(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "claims.db")};Default Timeout=30")
        {
            TestServices = s => ((ActivityRegistry)s.Last(d => d.ServiceType == typeof(ActivityRegistry)).ImplementationInstance!).Add<FlakyActivity>(),
        };
        node.Settings["Workflows:TimerPollInterval"] = "00:00:00.200";
        return node;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
