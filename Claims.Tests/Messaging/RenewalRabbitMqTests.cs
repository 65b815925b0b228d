using System.Text.Json;
using Claims.Domain.Policies;
using Claims.Domain.Renewals;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Renewals;
using Claims.Web.Features.Renewals.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Messaging;

/// <summary>Renewal notices on a real broker: two app nodes on one queue, redeliveries and second messages per stage.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RenewalRabbitMqTests(PostgresFixture postgres, RabbitMqFixture rabbit) : IClassFixture<RabbitMqFixture>
{
    [Fact]
    public async Task NoticeConsumer_TwoNodesWithRedeliveries_SendsExactlyOneMailPerStage()
    {
        var mailbox = PickupMailbox.CreateTemp();
        var database = await postgres.CreateDatabaseAsync();
        var (firstCounter, secondCounter) = (new ConsumedCounter(), new ConsumedCounter());
        await using var first = Node(database, null, mailbox, firstCounter);
        _ = first.Services; // migrates and seeds before the second node starts
        await using var second = Node(database, first.QueuePrefix, mailbox, secondCounter);
        _ = second.Services;
        try
        {
            await first.Services.GetRequiredService<RenewalSweep>().RunAsync(DateOnly.FromDateTime(DateTime.UtcNow), default);
            await Eventually.WaitAsync(
                () => first.WithDbAsync(db => db.Set<RenewalReminder>().CountAsync(r => r.NoticeSentAt == null)), n => n == 0, TimeSpan.FromSeconds(90), "every reminder handled");
            var sent = await first.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
                .Where(m => m.MessageType == OutboxWriter.MessageTypeName(typeof(RenewalReminderDue))).ToListAsync());
            Assert.NotEmpty(sent);

            // The broker redelivers the same message, and a second message for the same stage arrives (e.g. a republish).
            var bus = second.Services.GetRequiredService<IBus>();
            var again = new List<Guid>();
            foreach (var row in sent)
            {
                var message = JsonSerializer.Deserialize<RenewalReminderDue>(row.Body, JsonSerializerOptions.Web)!;
                await bus.Publish(message, c => c.MessageId = row.MessageId);
                var fresh = NewId.NextGuid();
                again.Add(fresh);
                await bus.Publish(message, c => c.MessageId = fresh);
            }

            await Eventually.WaitAsync(
                () => Task.FromResult(sent.Count(r => firstCounter.Count(r.MessageId) + secondCounter.Count(r.MessageId) >= 2) + again.Count(id => firstCounter.Count(id) + secondCounter.Count(id) >= 1)),
                n => n == sent.Count * 2, TimeSpan.FromSeconds(90), "every duplicate consumed");

            var expected = (await first.MailedOffersAsync()).Select(o => o.PolicyNumber).ToList();
            var mails = await mailbox.ReadAllAsync();
            Assert.NotEmpty(expected);
            Assert.Equal(expected.Count, mails.Count);
            Assert.All(expected, number => Assert.Single(mails, m => m.Subject.Contains(number, StringComparison.Ordinal)));
            Assert.True(sent.Sum(r => firstCounter.Count(r.MessageId)) > 0 && sent.Sum(r => secondCounter.Count(r.MessageId)) > 0, "both nodes consumed");
        }
        finally
        {
            foreach (var queue in first.Services.GetRequiredService<ErrorQueues>().EndpointQueues())
            {
                await rabbit.DeleteEndpointAsync(queue);
            }

            Directory.Delete(mailbox.Folder, recursive: true);
        }
    }

    [Fact]
    public async Task ErrorQueues_FailedNotice_IsCountedAndReplayedToItsQueue()
    {
        var mailbox = PickupMailbox.CreateTemp();
        await using var app = ClaimsAppFactory.WithSqlite(MessagingTransport.RabbitMq);
        app.Settings["Demo:Seed"] = "true";
        app.Settings["Scheduling:Enabled"] = "false";
        app.Settings["Mail:PickupFolder"] = mailbox.Folder;
        var queues = app.Services.GetRequiredService<ErrorQueues>();
        var queue = app.Services.GetRequiredService<IEndpointNameFormatter>().Consumer<RenewalReminderDueConsumer>();
        try
        {
            // A reminder for a policy that is not there yet: the consumer fails, retries, and the message lands in _error.
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var template = await app.WithDbAsync(db => db.Policies.AsNoTracking().FirstAsync());
            var policyId = Guid.NewGuid();
            var reminder = RenewalReminder.Record(policyId, new StageDecision(RenewalStage.Days30, today, false), DateTime.UtcNow);
            await app.WithDbAsync(async db =>
            {
                db.Add(reminder);
                await db.SaveChangesAsync();
            });
            await app.Services.GetRequiredService<IBus>().Publish(new RenewalReminderDue(reminder.Id, policyId, "Days30", today, false));
            await Eventually.WaitAsync(() => rabbit.MessageCountAsync($"{queue}_error"), n => n == 1, TimeSpan.FromSeconds(30), "the failed message in _error");
            Assert.Contains(await queues.CountsAsync(default), q => q.Queue == queue && q.Messages == 1);

            // The cause is fixed (the policy arrives); replay moves the message back and the notice goes out.
            await app.WithDbAsync(async db =>
            {
                db.Policies.Add(Policy.Issue(policyId, "PREPLAY0001", template.PolicyholderId, template.VehicleId, template.AgentId, template.RegionCode,
                    today.AddDays(30).AddYears(-1).AddDays(1), today.AddDays(30), 1000m, template.Covers));
                await db.SaveChangesAsync();
            });
            Assert.Equal(1, await queues.ReplayAsync(queue, 100, default));

            await Eventually.WaitAsync(
                () => app.WithDbAsync(db => db.Set<RenewalReminder>().AnyAsync(r => r.Id == reminder.Id && r.NoticeSentAt != null)), done => done, TimeSpan.FromSeconds(30), "the replayed notice");
            Assert.Equal(0u, await rabbit.MessageCountAsync($"{queue}_error"));
        }
        finally
        {
            foreach (var endpoint in queues.EndpointQueues())
            {
                await rabbit.DeleteEndpointAsync(endpoint);
            }

            Directory.Delete(mailbox.Folder, recursive: true);
        }
    }

    [Fact]
    public async Task NoticeBatch_RedeliveredNewAndPoisonMessagesTogether_OneMailPerStageOnlyThePoisonInError()
    {
        var mailbox = PickupMailbox.CreateTemp();
        var counter = new ConsumedCounter();
        await using var app = ClaimsAppFactory.WithSqlite(MessagingTransport.RabbitMq);
        app.Settings["Demo:Seed"] = "true";
        app.Settings["Scheduling:Enabled"] = "false";
        app.Settings["Mail:PickupFolder"] = mailbox.Folder;
        // A long wait, so everything published below lands in one batch.
        app.Settings["Renewals:NoticeBatchWait"] = "00:00:01";
        app.TestServices = s => s.AddConsumeObserver(_ => counter);
        var queue = app.Services.GetRequiredService<IEndpointNameFormatter>().Consumer<RenewalReminderDueConsumer>();
        try
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            await app.Services.GetRequiredService<RenewalSweep>().RunAsync(today, default);
            await Eventually.WaitAsync(
                () => app.WithDbAsync(db => db.Set<RenewalReminder>().CountAsync(r => r.NoticeSentAt == null)), n => n == 0, TimeSpan.FromSeconds(60), "the first notices");
            var sent = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
                .Where(m => m.MessageType == OutboxWriter.MessageTypeName(typeof(RenewalReminderDue))).ToListAsync());
            var offered = await app.MailedOffersAsync();
            Assert.True(offered.Count >= 2, "at least two offered policies in the demo book");

            // Two policies reach a new stage; one reminder names a policy that does not exist (the poison).
            var recorded = (await app.WithDbAsync(db => db.Set<RenewalReminder>().AsNoTracking().Select(r => new { r.PolicyId, r.Stage }).ToListAsync()))
                .ToLookup(r => r.PolicyId, r => r.Stage);
            var nextStage = offered.Take(2).Select(o => RenewalReminder.Record(o.PolicyId, new StageDecision(
                Enum.GetValues<RenewalStage>().First(stage => stage != RenewalStage.Lapsed && !recorded[o.PolicyId].Contains(stage)), today, false), DateTime.UtcNow)).ToList();
            var poison = RenewalReminder.Record(Guid.NewGuid(), new StageDecision(RenewalStage.Days30, today, false), DateTime.UtcNow);
            await app.WithDbAsync(async db =>
            {
                db.AddRange(nextStage.Append(poison));
                await db.SaveChangesAsync();
            });

            // Redeliveries (same id) and second messages (new id) of handled stages, the new stages and the poison, all at once.
            var bus = app.Services.GetRequiredService<IBus>();
            var published = new List<Guid>();
            async Task PublishAsync(RenewalReminderDue message, Guid id)
            {
                await bus.Publish(message, c => c.MessageId = id);
                published.Add(id);
            }

            foreach (var row in sent.Take(10))
            {
                var message = JsonSerializer.Deserialize<RenewalReminderDue>(row.Body, JsonSerializerOptions.Web)!;
                await PublishAsync(message, row.MessageId);
                await PublishAsync(message, NewId.NextGuid());
            }

            foreach (var reminder in nextStage)
            {
                await PublishAsync(new RenewalReminderDue(reminder.Id, reminder.PolicyId, reminder.Stage.ToString(), today, false), NewId.NextGuid());
            }

            await bus.Publish(new RenewalReminderDue(poison.Id, poison.PolicyId, poison.Stage.ToString(), today, false));

            await Eventually.WaitAsync(() => rabbit.MessageCountAsync($"{queue}_error"), n => n == 1, TimeSpan.FromSeconds(30), "the poison message in _error");
            await Eventually.WaitAsync(() => Task.FromResult(published.Count(id => counter.Count(id) > 0)), n => n == published.Count, TimeSpan.FromSeconds(30), "every other message consumed");

            var reminders = await app.WithDbAsync(db => db.Set<RenewalReminder>().AsNoTracking().ToDictionaryAsync(r => r.Id));
            Assert.All(nextStage, r => Assert.NotNull(reminders[r.Id].NoticeSentAt));
            Assert.Null(reminders[poison.Id].NoticeSentAt);
            var mails = await mailbox.ReadAllAsync();
            Assert.All(offered, o => Assert.Equal(
                nextStage.Any(r => r.PolicyId == o.PolicyId) ? 2 : 1, mails.Count(m => m.Subject.Contains(o.PolicyNumber, StringComparison.Ordinal))));
            Assert.Equal(1u, await rabbit.MessageCountAsync($"{queue}_error"));
        }
        finally
        {
            foreach (var endpoint in app.Services.GetRequiredService<ErrorQueues>().EndpointQueues())
            {
                await rabbit.DeleteEndpointAsync(endpoint);
            }

            Directory.Delete(mailbox.Folder, recursive: true);
        }
    }

    private static ClaimsAppFactory Node(string database, string? prefix, PickupMailbox mailbox, ConsumedCounter counter)
    {
        var app = new ClaimsAppFactory(DatabaseProvider.PostgreSql, database, MessagingTransport.RabbitMq, prefix)
        {
            TestServices = s => s.AddConsumeObserver(_ => counter),
        };
        app.Settings["Demo:Seed"] = "true";
        app.Settings["Scheduling:Enabled"] = "false";
        app.Settings["Mail:PickupFolder"] = mailbox.Folder;
        return app;
    }
}
