using System.Diagnostics;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Tasks;
using Claims.Web.Features.Workflows;
using Claims.Web.Features.Workflows.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Definitions;
using Claims.Workflows.Engine;
using Claims.Workflows.Hosting;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Claims.Tests.Workflows;

/// <summary>
/// Two nodes on one PostgreSQL database and the same RabbitMQ queues, both relaying the outbox and consuming:
/// a thousand instances resumed through the bus, a hundred of them twice, finish exactly once each.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoNodeResumeTests(PostgresFixture postgres, RabbitMqFixture rabbit, ITestOutputHelper output) : IClassFixture<RabbitMqFixture>
{
    private const int Instances = 1_000;
    private const int Duplicates = 100;
    private const int BatchSize = 100;
    private const string DefinitionId = "simple-approval";

    [Fact]
    public async Task ResumeWorkflow_TwoNodesCompetingWithDuplicates_EveryInstanceFinishesExactlyOnce()
    {
        var database = await postgres.CreateDatabaseAsync();
        var prefix = RabbitMqFixture.NewQueuePrefix();
        await using var cleanup = new QueueCleanup(rabbit, prefix); // disposed last, after both nodes stopped
        var onA = new ResumeCounter();
        var onB = new ResumeCounter();
        await using var a = new ClaimsAppFactory(DatabaseProvider.PostgreSql, database, MessagingTransport.RabbitMq, prefix)
        {
            TestServices = s => s.AddConsumeObserver(_ => onA).AddSingleton<IInterceptor>(onA),
        };
        _ = a.Services; // migrates before the second node starts
        await using var b = new ClaimsAppFactory(DatabaseProvider.PostgreSql, database, MessagingTransport.RabbitMq, prefix)
        {
            TestServices = s => s.AddConsumeObserver(_ => onB).AddSingleton<IInterceptor>(onB),
        };
        _ = b.Services;
        await PublishDefinitionAsync(a);

        var clock = Stopwatch.StartNew();
        var bookmarks = await StartInstancesAsync(a);
        output.WriteLine($"Started {Instances} instances on node A in {clock.ElapsedMilliseconds} ms");
        Assert.Equal(Instances, bookmarks.Count);

        clock.Restart();
        await Task.WhenAll(EnqueueResumesAsync(a, bookmarks, node: 0), EnqueueResumesAsync(b, bookmarks, node: 1));
        await Eventually.WaitAsync(() => a.WithDbAsync(db => db.Set<WorkflowInstanceRecord>().CountAsync(i => i.Status == WorkflowStatus.Finished)),
            n => n == Instances, TimeSpan.FromSeconds(120), "every instance finished");
        var finishedIn = clock.ElapsedMilliseconds;
        // Every command, duplicates included, ends with its inbox row; a late second effect would show after this.
        await Eventually.WaitAsync(() => a.WithDbAsync(db => db.InboxMessages.CountAsync(m => m.Consumer == ResumeWorkflowConsumer.InboxName)),
            n => n == Instances + Duplicates, TimeSpan.FromSeconds(60), "every resume command handled");
        output.WriteLine($"Resumed {Instances} instances ({Duplicates} commands sent twice) through RabbitMQ in {finishedIn} ms; " +
            $"all {Instances + Duplicates} commands handled after {clock.ElapsedMilliseconds} ms");
        output.WriteLine($"Node A consumed {onA.Consumed} resume commands, node B {onB.Consumed}; " +
            $"saves that lost a race and were retried: A {onA.LostRaces}, B {onB.LostRaces}");

        var journal = await a.WithDbAsync(db => db.Set<JournalRecord>().AsNoTracking()
            .Select(j => new { j.WorkflowInstanceId, j.Sequence, j.ActivityId, j.EventName }).ToListAsync());
        var byInstance = journal.GroupBy(j => j.WorkflowInstanceId).ToList();
        Assert.Equal(Instances, byInstance.Count);
        Assert.All(byInstance, entries =>
        {
            Assert.Equal(1, entries.Count(e => e.ActivityId == "approve" && e.EventName == nameof(JournalEvent.Resumed)));
            Assert.Equal(1, entries.Count(e => e.ActivityId == "done" && e.EventName == nameof(JournalEvent.Completed)));
            Assert.Equal(entries.Count(), entries.Select(e => e.Sequence).Distinct().Count());
        });
        Assert.Equal(Instances, await a.WithDbAsync(db => db.Set<WorkflowInstanceRecord>().CountAsync(i => i.Status == WorkflowStatus.Finished)));
        Assert.Equal(0, await a.WithDbAsync(db => db.Set<BookmarkRecord>().CountAsync(m => m.ConsumedAt == null)));
        Assert.Equal(0, await a.WithDbAsync(db => db.WorkTasks.CountAsync(t => t.Status == WorkTaskStatus.Open)));
        Assert.Equal(0, await a.WithDbAsync(db => db.Set<IncidentRecord>().CountAsync()));
        Assert.True(onA.Consumed > 0 && onB.Consumed > 0, $"both nodes should consume: A {onA.Consumed}, B {onB.Consumed}");
    }

    private static async Task PublishDefinitionAsync(ClaimsAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionStore>();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var definition = WorkflowDefinitionSerializer.Deserialize(await File.ReadAllTextAsync(RunnerFixture.FixturePath("simple-approval.json")));
        Assert.Equal(SaveOutcome.Saved, (await store.SaveDraftAsync(definition, "test", default)).Outcome);
        await db.SaveChangesAsync();
        Assert.Equal(SaveOutcome.Saved, (await store.PublishAsync(DefinitionId, default)).Outcome);
        await db.SaveChangesAsync();
    }

    /// <summary>Starts every instance on one node, a batch per unit of work; returns the bookmark each waits on.</summary>
    private static async Task<List<Guid>> StartInstancesAsync(ClaimsAppFactory app)
    {
        for (var started = 0; started < Instances; started += BatchSize)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var host = scope.ServiceProvider.GetRequiredService<WorkflowHost>();
            for (var i = 0; i < BatchSize; i++)
            {
                var result = await host.StartAsync(DefinitionId);
                Assert.Equal(WorkflowStatus.Suspended, result.Status);
            }

            await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().SaveChangesAsync();
        }

        return await app.WithDbAsync(db => db.Set<BookmarkRecord>().Where(m => m.ConsumedAt == null).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync());
    }

    /// <summary>
    /// Node 0 writes the commands for even bookmarks, node 1 for odd ones. Every tenth bookmark gets a second
    /// command (another message id) right behind the first, so the two copies go out together and race on the consumers.
    /// </summary>
    private static Task EnqueueResumesAsync(ClaimsAppFactory app, List<Guid> bookmarks, int node) =>
        app.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            for (var i = node; i < bookmarks.Count; i += 2)
            {
                var copies = i % (Instances / Duplicates) == 0 ? 2 : 1;
                for (var copy = 0; copy < copies; copy++)
                {
                    db.AddOutboxMessage(new ResumeWorkflow(bookmarks[i], "Approve", null, $"node-{node}"), now);
                }
            }

            await db.SaveChangesAsync();
        });

    /// <summary>Counts this node's resume commands handled to the end, and saves that failed (a lost race, then retried).</summary>
    private sealed class ResumeCounter : SaveChangesInterceptor, IConsumeObserver
    {
        private int _consumed;
        private int _lostRaces;

        public int Consumed => Volatile.Read(ref _consumed);

        public int LostRaces => Volatile.Read(ref _lostRaces);

        public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

        public Task PostConsume<T>(ConsumeContext<T> context) where T : class
        {
            if (context.Message is ResumeWorkflow)
            {
                Interlocked.Increment(ref _consumed);
            }

            return Task.CompletedTask;
        }

        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;

        public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            if (eventData.Exception is DbUpdateException)
            {
                Interlocked.Increment(ref _lostRaces);
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>Deletes the queues of every consumer under the test's prefix.</summary>
    internal sealed class QueueCleanup(RabbitMqFixture rabbit, string prefix) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            var names = new KebabCaseEndpointNameFormatter(prefix, false);
            foreach (var queue in new[]
            {
                names.Consumer<ResumeWorkflowConsumer>(), names.Consumer<FireWorkflowTimerConsumer>(),
                names.Consumer<DeliverWorkflowMessageConsumer>(), names.Consumer<WorkTaskCompletedConsumer>(),
            })
            {
                await rabbit.DeleteEndpointAsync(queue);
            }
        }
    }
}
