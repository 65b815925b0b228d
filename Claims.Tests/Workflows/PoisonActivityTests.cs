using System.Net;
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

/// <summary>
/// R8 (issue 17) on a hosted node: an activity that always fails gets its bounded retries as timer rows, then one
/// incident and a Faulted instance holding nothing open (never stuck); an admin retry after the cause is fixed finishes it.
/// </summary>
public sealed class PoisonActivityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claims-poison-").FullName;

    [Fact]
    public async Task PoisonedActivity_RetriesExhausted_IncidentNotStuckThenAdminRetryFinishes()
    {
        var cause = new PoisonCause();
        await using var app = new ClaimsAppFactory(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "claims.db")};Default Timeout=30")
        {
            TestServices = s =>
            {
                ((ActivityRegistry)s.Last(d => d.ServiceType == typeof(ActivityRegistry)).ImplementationInstance!).Add<PoisonedActivity>();
                s.AddSingleton(cause);
            },
        };
        app.Settings["Workflows:TimerPollInterval"] = "00:00:00.200";
        await PublishAsync(app, new FlowchartBuilder("poisoned-call", "Poisoned call")
            .Activity("start", "Elsa.Start")
            .Activity("call", "Test.Poisoned", ("RetryAttempts", "Int32", "Literal", "2"), ("RetryDelay", "TimeSpan", "Literal", "00:00:01"))
            .Activity("end", "Elsa.Finish").Connect("start", "call").Connect("call", "end").Build());
        var admin = await ApiClients.ForAllRolesAsync(app);

        var id = await StartAsync(admin, "poisoned-call");
        var faulted = await Eventually.WaitAsync(() => InstanceAsync(admin, id), i => i.GetProperty("status").GetString() == "Faulted",
            TimeSpan.FromSeconds(60), "the instance to fault after its retries");
        var open = await app.WithDbAsync(db => db.Set<BookmarkRecord>().CountAsync(b => b.WorkflowInstanceId == id && b.ConsumedAt == null));
        var timersFired = await app.WithDbAsync(db => db.Set<WorkflowTimerRecord>().CountAsync(t => t.WorkflowInstanceId == id && t.DispatchedAt != null));
        cause.Broken = false;
        var retried = await admin.PostAsync($"/api/workflow-instances/{id}/retry", null);
        var finished = await FinishedAsync(admin, id, TimeSpan.FromSeconds(30));

        Assert.Equal(3, Count(faulted, "Started", "call")); // the first try and two retries, no more
        Assert.Contains("the last of 3 tries", Assert.Single(faulted.GetProperty("incidents").EnumerateArray()).GetProperty("message").GetString());
        Assert.Equal((0, 2), (open, timersFired));
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal((4, 1), (Count(finished, "Started", "call"), Count(finished, "Completed", "call")));
        Assert.NotNull(Assert.Single(finished.GetProperty("incidents").EnumerateArray()).GetProperty("resolvedAt").GetString());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
