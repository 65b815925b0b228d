using Claims.Domain.Common;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Workflows.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Engine;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;
using static Claims.Tests.Workflows.EngineHosting;

namespace Claims.Tests.Chaos;

/// <summary>
/// R4 in simulated time: workflow timers and task escalations fall due while both nodes are down; when the two nodes
/// come back every one fires exactly once, without waiting a poll round per hundred of them.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TimerOutageTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const int Each = 250; // more than two nodes' single batches (100 each), so one round per batch cannot finish

    [Fact]
    public async Task TimersAndEscalations_DueWhileBothNodesDown_EachFiresOnceAfterRestart()
    {
        var database = await postgres.CreateDatabaseAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (timers, tasked) = await StartWaitingAsync(database, time, Each, withTasks: true);

        // Both nodes down for two hours of simulated time: every timer and every task's due time passes.
        time.Advance(TimeSpan.FromHours(2));
        await using var a = Node(database, time, "node-a", timersEnabled: true);
        await using var b = Node(database, time, "node-b", timersEnabled: true);
        _ = a.Services;
        _ = b.Services;

        // The clock stands still from here: each node's dispatcher gets one wake-up, so it must drain everything due in it.
        var finished = await WaitFinishedAsync(a, timers);
        var escalated = await Eventually.WaitAsync(
            () => a.WithDbAsync(db => db.WorkTasks.CountAsync(t => t.WorkflowInstanceId != null && tasked.Contains(t.WorkflowInstanceId.Value) && t.EscalatedAt != null)),
            n => n == Each, TimeSpan.FromSeconds(60), "every overdue task escalated");

        var (fireCommands, dispatched, resumed) = await CountFiringsAsync(a);
        var (seniorTasks, openTasks) = await a.WithDbAsync(async db => (
            await db.WorkTasks.CountAsync(t => t.AssigneeRole == Roles.SeniorAdjuster && t.Status == WorkTaskStatus.Open),
            await db.WorkTasks.CountAsync(t => t.Status == WorkTaskStatus.Open)));
        output.WriteLine($"{finished} timers fired, {escalated} tasks escalated; {fireCommands} fire commands, {resumed} resumes");
        Assert.Equal((0, Each, Each), (fireCommands, dispatched, resumed)); // fired where claimed, not through the bus
        Assert.Equal((Each, Each), (seniorTasks, openTasks));
    }

    /// <summary>
    /// Issue 17's 60 s: claimed timers fire in batches, several instances a transaction, and two nodes skip each other's
    /// claimed rows. Before, each timer took a transaction to dispatch and another to fire (its consumer), and two nodes
    /// read the same oldest hundred and lost half their saves to each other.
    /// </summary>
    [Fact]
    public async Task Timers_DueWhileBothNodesDown_FireInBatchedTransactionsWithoutConflicts()
    {
        const int count = 300;
        var database = await postgres.CreateDatabaseAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (timers, _) = await StartWaitingAsync(database, time, count, withTasks: false);

        time.Advance(TimeSpan.FromHours(2));
        var transactions = new TransactionCounter();
        await using var a = Node(database, time, "node-a", timersEnabled: true, transactions);
        await using var b = Node(database, time, "node-b", timersEnabled: true, transactions);
        _ = a.Services;
        _ = b.Services;

        await WaitFinishedAsync(a, timers);
        var (fireCommands, dispatched, resumed) = await CountFiringsAsync(a);
        var byNode = await a.WithDbAsync(db => db.Set<WorkflowTimerRecord>().Where(t => t.DispatchedBy != null).Select(t => t.DispatchedBy).Distinct().CountAsync());
        output.WriteLine($"{resumed} resumes by {byNode} node runs; {transactions.Committed} commits, {transactions.Failed} failed saves after the restart");
        Assert.Equal((0, count, count), (fireCommands, dispatched, resumed));
        Assert.Equal(0, transactions.Failed); // no save lost to the other node
        Assert.InRange(transactions.Committed, 1, count / 10); // batches of many timers, not a transaction (or two) each
    }

    private async Task<(List<Guid> Timers, List<Guid> Tasked)> StartWaitingAsync(string database, FakeTimeProvider time, int count, bool withTasks)
    {
        var timers = new List<Guid>();
        var tasked = new List<Guid>();
        await using var before = Node(database, time, "node-a", timersEnabled: false);
        await PublishAsync(before, new FlowchartBuilder("outage-timer", "Outage timer")
            .Activity("start", "Elsa.Start").Activity("wait", "Elsa.Delay", ("Duration", "TimeSpan", "Literal", "01:00:00"))
            .Activity("end", "Elsa.Finish").Connect("start", "wait").Connect("wait", "end").Build());
        await PublishAsync(before, new FlowchartBuilder("outage-task", "Outage task")
            .Activity("start", "Elsa.Start")
            .Activity("review", "Claims.HumanTask", ("Kind", "String", "Literal", "Review"), ("Subject", "String", "Literal", "Review"),
                ("AssigneeRole", "String", "Literal", Roles.LossAdjuster), ("DueIn", "TimeSpan", "Literal", "01:00:00"),
                ("EscalateTo", "String", "Literal", Roles.SeniorAdjuster), ("Outcomes", "StringList", "Literal", "Approve"))
            .Activity("end", "Elsa.Finish").Connect("start", "review").Connect("review", "end", "Approve").Build());
        var admin = await ApiClients.ForAllRolesAsync(before);
        foreach (var chunk in Enumerable.Range(0, count).Chunk(4))
        {
            timers.AddRange(await Task.WhenAll(chunk.Select(_ => StartAsync(admin, "outage-timer"))));
            if (withTasks)
            {
                tasked.AddRange(await Task.WhenAll(chunk.Select(_ => StartAsync(admin, "outage-task"))));
            }
        }

        await Eventually.WaitAsync(() => before.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null)), n => n == 0,
            TimeSpan.FromSeconds(60), "the starts' messages relayed");
        return (timers, tasked);
    }

    private static Task<int> WaitFinishedAsync(ClaimsAppFactory node, List<Guid> timers) => Eventually.WaitAsync(
        () => node.WithDbAsync(db => db.Set<WorkflowInstanceRecord>().CountAsync(i => timers.Contains(i.Id) && i.Status == WorkflowStatus.Finished)),
        n => n == timers.Count, TimeSpan.FromSeconds(120), "every timer's instance finished");

    /// <summary>FireWorkflowTimer commands written, timers dispatched, and the delays' Resumed journal events.</summary>
    private static Task<(int FireCommands, int Dispatched, int Resumed)> CountFiringsAsync(ClaimsAppFactory node)
    {
        var fireType = OutboxWriter.MessageTypeName(typeof(FireWorkflowTimer));
        return node.WithDbAsync(async db => (
            await db.OutboxMessages.CountAsync(m => m.MessageType == fireType),
            await db.Set<WorkflowTimerRecord>().CountAsync(t => t.DispatchedAt != null),
            await db.Set<JournalRecord>().CountAsync(j => j.ActivityId == "wait" && j.EventName == nameof(JournalEvent.Resumed))));
    }

    /// <summary>Transactions both nodes committed, and saves that failed (a conflict lost to the other node, for one).</summary>
    private sealed class TransactionCounter : DbTransactionInterceptor, ISaveChangesInterceptor
    {
        private int _committed;
        private int _failed;

        public int Committed => Volatile.Read(ref _committed);

        public int Failed => Volatile.Read(ref _failed);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _committed);
            return Task.CompletedTask;
        }

        public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _failed);
            return Task.CompletedTask;
        }
    }

    private static ClaimsAppFactory Node(string database, FakeTimeProvider time, string name, bool timersEnabled, IInterceptor? interceptor = null) =>
        new(DatabaseProvider.PostgreSql, database)
        {
            Settings =
            {
                ["Node:Name"] = name,
                ["Scheduling:Enabled"] = "false",
                ["Workflows:TimersEnabled"] = timersEnabled.ToString(),
            },
            TestServices = s =>
            {
                s.AddSingleton<TimeProvider>(time);
                if (interceptor is not null)
                {
                    s.AddSingleton(interceptor);
                }
            },
        };
}
