using Claims.Tests.Fixtures;
using Claims.Web.Features.Renewals;
using Claims.Web.Features.Renewals.Contracts;
using Claims.Web.Features.Tasks;
using Claims.Web.Features.Tasks.Contracts;
using Claims.Web.Features.Workflows.Contracts;
using Claims.Web.Infrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Messaging;

/// <summary>The inbox as a consume filter, and contracts that left Claims.Workflows keeping their names on the wire and in the outbox.</summary>
public sealed class InboxFilterTests
{
    private static readonly Type[] MovedContracts =
        [typeof(RenewalReminderDue), typeof(WorkTaskCompleted), typeof(ResumeWorkflow), typeof(DeliverWorkflowMessage), typeof(FireWorkflowTimer)];

    public static TheoryData<Type> Consumers() =>
        [.. typeof(InboxFilter<>).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IConsumer).IsAssignableFrom(t))];

    [Theory]
    [MemberData(nameof(Consumers))]
    public void Consumer_EveryOne_StandsBehindTheInbox(Type consumer)
    {
        // The batch consumer dedupes its batch itself: it reads before its transaction and retries a failed batch message by message.
        var batch = consumer == typeof(RenewalReminderDueConsumer);
        Assert.Equal(!batch, typeof(IInboxConsumer).IsAssignableFrom(consumer));
        var definition = consumer.Assembly.GetTypes().Single(t => t.BaseType is { IsGenericType: true } b && b.GetGenericArguments().SequenceEqual([consumer]));
        Assert.Equal(batch ? typeof(RetryingConsumerDefinition<>) : typeof(InboxConsumerDefinition<>), definition.BaseType!.GetGenericTypeDefinition());
    }

    [Fact]
    public void MovedContract_MessageUrn_IsItsOldNamespace()
    {
        Assert.All(MovedContracts, t => Assert.Equal($"urn:message:Claims.Workflows.Contracts:{t.Name}", MessageUrn.ForType(t).ToString()));
    }

    [Fact]
    public void MovedContract_ExchangeName_IsItsOldNamespace()
    {
        var names = new MessageUrnEntityNames(new MessageUrnEntityNameFormatter());
        Assert.Equal("Claims.Workflows.Contracts:RenewalReminderDue", names.FormatEntityName<RenewalReminderDue>());
        Assert.Equal("Claims.Workflows.Contracts:WorkTaskCompleted", names.FormatEntityName<WorkTaskCompleted>());
        Assert.Equal("urn:message:Claims.Web.Features.Renewals.Contracts:PolicyLapsed", names.FormatEntityName<PolicyLapsed>());
    }

    [Fact]
    public void MovedContract_OldOutboxTypeName_Resolves()
    {
        Assert.All(MovedContracts, t => Assert.Equal(t, OutboxWriter.ResolveMessageType($"Claims.Workflows.Contracts.{t.Name}, Claims.Workflows")));
        Assert.Equal(typeof(WorkTaskCompleted), OutboxWriter.ResolveMessageType(OutboxWriter.MessageTypeName(typeof(WorkTaskCompleted))));
        Assert.Null(OutboxWriter.ResolveMessageType("Claims.Workflows.Contracts.Nothing, Claims.Workflows"));
    }

    [Fact]
    public async Task OutboxRow_WrittenBeforeTheMove_IsRelayedAndConsumedOnce()
    {
        await using var app = ClaimsAppFactory.WithSqlite();
        var message = TestTasks.Completed();
        var messageId = Guid.NewGuid();
        await app.WithDbAsync(db =>
        {
            db.OutboxMessages.Add(OutboxMessage.Create(messageId, "Claims.Workflows.Contracts.WorkTaskCompleted, Claims.Workflows",
                System.Text.Json.JsonSerializer.Serialize(message, JsonDefaults.Options), DateTime.UtcNow));
            return db.SaveChangesAsync();
        });

        var entry = await Eventually.WaitAsync(() => app.WithDbAsync(db => db.TaskCompletionLog.AsNoTracking().SingleOrDefaultAsync(e => e.TaskId == message.TaskId)),
            e => e is not null, TimeSpan.FromSeconds(30), "the effect");
        Assert.Equal(messageId, entry!.MessageId);
        Assert.Equal(1, await app.WithDbAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == messageId && m.Consumer == WorkTaskCompletedConsumer.InboxName)));
    }

    [Fact]
    public async Task InboxFilter_SameMessageIdPublishedTwice_ConsumerRunsOnce()
    {
        await using var app = ClaimsAppFactory.WithSqlite();
        var counter = new ConsumedCounter();
        app.TestServices = s => s.AddConsumeObserver(_ => counter);
        var message = TestTasks.Completed();
        var messageId = NewId.NextGuid();
        var bus = app.Services.GetRequiredService<IBus>();

        await bus.Publish(message, c => c.MessageId = messageId);
        await Eventually.WaitAsync(() => Task.FromResult(counter.Count(messageId)), n => n == 2, TimeSpan.FromSeconds(30), "the first delivery");
        await bus.Publish(message, c => c.MessageId = messageId);
        await Eventually.WaitAsync(() => Task.FromResult(counter.Count(messageId)), n => n == 4, TimeSpan.FromSeconds(30), "the second delivery");

        Assert.Equal(1, await app.WithDbAsync(db => db.TaskCompletionLog.CountAsync(e => e.TaskId == message.TaskId)));
        Assert.Equal(2, await app.WithDbAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == messageId)));
    }
}
