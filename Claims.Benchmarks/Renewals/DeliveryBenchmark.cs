using System.Diagnostics;
using System.Globalization;
using Claims.Domain.Common;
using Claims.Domain.Policies;
using Claims.Domain.Renewals;
using Claims.Web.Features.PolicyUnderwriting;
using Claims.Web.Features.Renewals;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Mail;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Contracts;
using MassTransit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace Claims.Benchmarks.Renewals;

/// <summary>
/// <c>delivery [reminders=5000] [postgres-connection-string]</c>, RabbitMQ on 127.0.0.1:5672 (SQLite unless a PostgreSQL database is given). Side by side, the same <see cref="RenewalReminderDue"/> messages:
/// (1) raw MassTransit publish → consume into a consumer that only counts; (2) the app's path end to end: sweep → outbox →
/// relay → RabbitMQ → <see cref="RenewalReminderDueConsumer"/> (inbox, quote, offer, rendered notice written as .eml) on SQLite.
/// </summary>
internal static class DeliveryBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5_000;
        var folder = Directory.CreateTempSubdirectory("claims-delivery-").FullName;
        var postgres = args.Length > 1 ? args[1] : null;
        var connection = postgres ?? $"Data Source={Path.Combine(folder, "delivery.db")};Default Timeout=30";
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var prefix = $"bench{Guid.NewGuid():N}"[..13];
        try
        {
            await GenerateAsync(postgres is null
                ? new SqliteClaimsDbContext(new DbContextOptionsBuilder<SqliteClaimsDbContext>().UseSqlite(connection).Options)
                : new PostgreSqlClaimsDbContext(new DbContextOptionsBuilder<PostgreSqlClaimsDbContext>().UseNpgsql(connection).Options), count, today);
            Console.WriteLine($"Database: {(postgres is null ? "SQLite" : "PostgreSQL")}");
            var messages = Enumerable.Range(0, count).Select(i => new RenewalReminderDue(Guid.NewGuid(), Guid.NewGuid(), "Days30", today, false)).ToList();
            var (raw, rawCpu) = await RawAsync(messages, prefix + "raw");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Raw MassTransit publish → consume: {count:N0} messages in {raw.TotalSeconds:N2} s = {count / raw.TotalSeconds:N0} msg/s{Cpu(rawCpu, count)}"));
            var (total, sweep, cpu) = await EndToEndAsync(postgres is null ? "Sqlite" : "PostgreSql", connection, folder, prefix, today, count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"End to end sweep → outbox → RabbitMQ → notice consumer → .eml: {count:N0} reminders in {total.TotalSeconds:N2} s (sweep {sweep.TotalSeconds:N2} s) = {count / total.TotalSeconds:N0} msg/s{Cpu(cpu, count)}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ratio end to end / raw: {raw.TotalSeconds / total.TotalSeconds:P0}"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    // The process's CPU per message: unlike the wall clock it hardly moves with the load of the shared box.
    private static string Cpu(TimeSpan cpu, int count) => string.Create(CultureInfo.InvariantCulture, $" (CPU {cpu.TotalSeconds:N1} s, {cpu.TotalMilliseconds * 1000 / count:N0} µs/message)");

    private static async Task<(TimeSpan Elapsed, TimeSpan Cpu)> RawAsync(IReadOnlyList<RenewalReminderDue> messages, string prefix)
    {
        var counter = new CountingConsumer.Counter(messages.Count);
        var services = new ServiceCollection();
        services.AddSingleton(counter);
        services.AddMassTransit(x =>
        {
            x.DisableUsageTelemetry();
            x.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(prefix, false));
            x.AddConsumer<CountingConsumer>(c => c.ConcurrentMessageLimit = new MessagingOptions().ConcurrentMessageLimit);
            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host("127.0.0.1", 5672, "/", h => { h.Username("guest"); h.Password("guest"); });
                cfg.ConfigureEndpoints(context);
            });
        });
        services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        await using var provider = services.BuildServiceProvider();
        var control = provider.GetRequiredService<IBusControl>();
        await control.StartAsync();
        try
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            // Published one after another, as the outbox relay does.
            foreach (var message in messages)
            {
                await control.Publish(message);
            }

            await counter.Done.Task.WaitAsync(TimeSpan.FromMinutes(5));
            return (watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
        }
        finally
        {
            await control.StopAsync();
            await DeleteQueuesAsync([provider.GetRequiredService<IEndpointNameFormatter>().Consumer<CountingConsumer>()]);
        }
    }

    private static async Task<(TimeSpan Total, TimeSpan Sweep, TimeSpan Cpu)> EndToEndAsync(string provider, string connection, string folder, string prefix, DateOnly today, int count)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["Database:ConnectionString"] = connection,
            ["Messaging:Transport"] = "RabbitMq",
            ["Messaging:QueuePrefix"] = prefix,
            ["Messaging:QueueExpiry"] = "00:05:00",
            ["Messaging:RelayBatchSize"] = "500",
            ["Mail:PickupFolder"] = Path.Combine(folder, "mailbox"),
            ["Renewals:TokenKey"] = "benchmark-renewal-token-key-0123456789",
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddClaimsDatabase(builder.Configuration, folder);
        builder.Services.AddClaimsMessaging(builder.Configuration);
        builder.Services.AddClaimsMail(builder.Configuration);
        builder.Services.AddRenewals(builder.Configuration);
        builder.Services.AddClaimsPolicies(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await host.Services.GetRequiredService<RenewalSweep>().RunAsync(today, default);
            var sweep = watch.Elapsed;
            var (last, lastProgress) = (-1, watch.Elapsed);
            // One context for all the polls, every 50 ms: the watcher should not cost the path it measures much CPU.
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
            while (true)
            {
                var handled = await db.Set<RenewalReminder>().CountAsync(r => r.NoticeSentAt != null);
                if (handled >= count)
                {
                    break;
                }

                if (handled != last)
                {
                    (last, lastProgress) = (handled, watch.Elapsed);
                }

                // A consumer that fails every message (e.g. a missing registration) shows as no progress, not as a slow run.
                if (watch.Elapsed - lastProgress > TimeSpan.FromMinutes(1))
                {
                    throw new TimeoutException($"{handled:N0} of {count:N0} reminders handled, none in the last minute; see the consumer's _error queue.");
                }

                await Task.Delay(50);
            }

            var total = watch.Elapsed;
            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var mails = Directory.GetFiles(Path.Combine(folder, "mailbox"), "*.eml").Length;
            Console.WriteLine($"  notices written: {mails:N0}");
            return (total, sweep, used);
        }
        finally
        {
            await host.StopAsync();
            await DeleteQueuesAsync(host.Services.GetRequiredService<ErrorQueues>().EndpointQueues());
        }
    }

    private static async Task GenerateAsync(ClaimsDbContext context, int count, DateOnly today)
    {
        var holders = Enumerable.Range(0, 1000).Select(i => Policyholder.Create(Guid.CreateVersion7(), $"Holder {i}", new DateOnly(1980, 1, 1), new DateOnly(2000, 1, 1), "138 0000 0000", $"holder{i}@example.com")).ToList();
        var vehicles = Enumerable.Range(0, 1000).Select(i => Vehicle.Create(Guid.CreateVersion7(), $"LSVBR0000P{i:D7}", $"沪A{i:D5}", "VW-LAVIDA", new DateOnly(2022, 1, 1), VehicleUsage.Private, 5)).ToList();
        var agent = Agent.Create(Guid.CreateVersion7(), "AG-BENCH", "Bench Agent", "SH", "Shanghai");
        await using var db = context;
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        db.Regions.Add(Region.Create("SH", "Shanghai"));
        db.Agents.Add(agent);
        db.VehicleModels.Add(VehicleModel.Create("VW-LAVIDA", "Volkswagen", "Lavida", null, 120_000m));
        await db.SaveChangesAsync();
        await db.InsertManyAsync(holders, default);
        await db.InsertManyAsync(vehicles, default);
        // Every policy at its 30-day stage today; no tariff, so the renewal is priced by the NCD-ratio rule.
        var expiry = today.AddDays(30);
        var policies = Enumerable.Range(0, count).Select(i => Policy.Issue(Guid.CreateVersion7(), string.Create(CultureInfo.InvariantCulture, $"PD{i:D8}"),
            holders[i % 1000].Id, vehicles[i % 1000].Id, agent.Id, "SH", expiry.AddYears(-1).AddDays(1), expiry, 2_000m + i % 1000, Cover.ThirdPartyLiability | Cover.OwnDamage)).ToList();
        await db.InsertManyAsync(policies, default);
    }

    private static async Task DeleteQueuesAsync(IEnumerable<string> queues)
    {
        await using var connection = await new ConnectionFactory { HostName = "127.0.0.1", Port = 5672 }.CreateConnectionAsync();
        foreach (var name in queues.SelectMany(q => new[] { q, $"{q}_error", $"{q}_skipped" }))
        {
            await using var channel = await connection.CreateChannelAsync();
            await channel.QueueDeleteAsync(name, ifUnused: false, ifEmpty: false);
            await channel.ExchangeDeleteAsync(name, ifUnused: false);
        }
    }

    /// <summary>The raw baseline: consumes and counts.</summary>
    private sealed class CountingConsumer(CountingConsumer.Counter counter) : IConsumer<RenewalReminderDue>
    {
        public Task Consume(ConsumeContext<RenewalReminderDue> context)
        {
            counter.Hit();
            return Task.CompletedTask;
        }

        public sealed class Counter(int expected)
        {
            private int _seen;

            public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

            public void Hit()
            {
                if (Interlocked.Increment(ref _seen) == expected)
                {
                    Done.TrySetResult();
                }
            }
        }
    }
}
