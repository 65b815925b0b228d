using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Web.Features.Workflows.Contracts;
using Claims.Web.Features.Tasks.Contracts;
using Claims.Web.Features.Renewals.Contracts;
using Claims.Workflows.Engine;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static Claims.Tests.Workflows.EngineHosting;

namespace Claims.Tests.Workflows;

/// <summary>Two nodes on one PostgreSQL database and RabbitMQ: each instance's two branches are resumed on different nodes at once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ForkJoinTwoNodeTests(PostgresFixture postgres, RabbitMqFixture rabbit, ITestOutputHelper output) : IClassFixture<RabbitMqFixture>
{
    private const int Instances = 100;

    [Fact]
    public async Task WaitAll_BranchesResumedOnTwoNodesAtOnce_JoinRunsOncePerInstance()
    {
        var database = await postgres.CreateDatabaseAsync();
        var prefix = RabbitMqFixture.NewQueuePrefix();
        await using var cleanup = new TwoNodeResumeTests.QueueCleanup(rabbit, prefix);
        await using var a = new ClaimsAppFactory(DatabaseProvider.PostgreSql, database, MessagingTransport.RabbitMq, prefix);
        _ = a.Services; // migrates before the second node starts
        await using var b = new ClaimsAppFactory(DatabaseProvider.PostgreSql, database, MessagingTransport.RabbitMq, prefix);
        _ = b.Services;
        await PublishAsync(a, ForkJoinHostingTests.SurveyAndPolice("two-node-join", "WaitAll"));
        var client = await ApiClients.ForAllRolesAsync(a);
        for (var i = 0; i < Instances; i++)
        {
            await StartAsync(client, "two-node-join");
        }

        var bookmarks = await a.WithDbAsync(db => db.Set<BookmarkRecord>().Where(m => m.ConsumedAt == null)
            .Select(m => new { m.Id, m.ActivityId }).ToListAsync());
        Assert.Equal(2 * Instances, bookmarks.Count);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(
            EnqueueAsync(a, bookmarks.Where(m => m.ActivityId == "survey").Select(m => m.Id), "node-a"),
            EnqueueAsync(b, bookmarks.Where(m => m.ActivityId == "police").Select(m => m.Id), "node-b"));

        await Eventually.WaitAsync(() => a.WithDbAsync(db => db.Set<WorkflowInstanceRecord>().CountAsync(i => i.Status == WorkflowStatus.Finished)),
            n => n == Instances, TimeSpan.FromSeconds(120), "every instance finished");
        output.WriteLine($"{Instances} instances, both branches resumed on two nodes at once, all merged in {clock.ElapsedMilliseconds} ms");
        var journal = await a.WithDbAsync(db => db.Set<JournalRecord>().AsNoTracking()
            .Select(j => new { j.WorkflowInstanceId, j.ActivityId, j.EventName }).ToListAsync());
        Assert.All(journal.GroupBy(j => j.WorkflowInstanceId), entries =>
        {
            Assert.Equal(1, entries.Count(e => e.ActivityId == "join" && e.EventName == nameof(JournalEvent.Completed)));
            Assert.Equal(1, entries.Count(e => e.ActivityId == "end" && e.EventName == nameof(JournalEvent.Completed)));
        });
        Assert.Equal(0, await a.WithDbAsync(db => db.Set<BookmarkRecord>().CountAsync(m => m.ConsumedAt == null)));
        Assert.Equal(0, await a.WithDbAsync(db => db.Set<IncidentRecord>().CountAsync()));
    }

    private static Task EnqueueAsync(ClaimsAppFactory app, IEnumerable<Guid> bookmarks, string by) =>
        app.WithDbAsync(async db =>
        {
            foreach (var bookmark in bookmarks)
            {
                db.AddOutboxMessage(new ResumeWorkflow(bookmark, "Done", null, by), DateTime.UtcNow);
            }

            await db.SaveChangesAsync();
        });
}
