using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Claims.Domain.Common;
using Claims.Domain.Policies;
using Claims.Domain.Renewals;
using Claims.Web.Features.PolicyUnderwriting;
using Claims.Web.Features.Renewals;
using Claims.Web.Features.Renewals.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Mail;
using Claims.Web.Infrastructure.Messaging;
using MassTransit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using RabbitMQ.Client;

namespace Claims.Benchmarks.Renewals;

/// <summary>
/// <c>delivery [reminders=5000] [rounds=5] [in-flight=Messaging:RelayPublishConcurrency] [postgres-connection-string]</c>,
/// RabbitMQ on 127.0.0.1:5672 (SQLite unless a PostgreSQL connection is given: each app leg then gets a new database
/// named after its one, <c>{database}_e2e</c> and <c>{database}_direct</c>). Side by side, the same
/// <see cref="RenewalReminderDue"/> messages, <c>in-flight</c> publishes awaiting their confirms at once: (1) raw MassTransit
/// publish → consume into a consumer that only counts, published in a sliding window and in rounds, the faster being the
/// baseline; (2) the app's path end to end: sweep → outbox → relay → RabbitMQ →
/// <see cref="RenewalReminderDueConsumer"/> (inbox, quote, offer, rendered notice written as .eml). Both legs stay up for
/// the whole run, warm up first, and then take turns, round after round, so a shared box's drift hits both alike.
/// A third leg, direct, sends the same reminders straight to the same app consumer: the sweep runs first, unmeasured, with
/// the relay off, and the measured part is MassTransit publishing its reminders (as the raw leg publishes) until every
/// notice is sent. So direct / raw is what the notice work costs on its own, the ceiling of end to end / raw, and end to
/// end / direct is what the app's delivery (sweep, outbox, relay) costs over a plain publish; the inbox and the notice
/// are in both.
/// </summary>
internal static class DeliveryBenchmark
{
    private static readonly TimeSpan QueueExpiry = TimeSpan.FromMinutes(5);

    private sealed record Measured(TimeSpan Elapsed, TimeSpan Cpu, double JitSeconds, long JitMethods, MachineCpu.Share Machine);

    /// <summary>The expiry date of the policies each round adds: their 30-day stage is due today.</summary>
    private static DateOnly StageExpiry(DateOnly today) => today.AddDays(30);

    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5_000;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var inFlight = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : new MessagingOptions().RelayPublishConcurrency;
        var postgres = args.Length > 3 ? args[3] : null;
        var folder = Directory.CreateTempSubdirectory("claims-delivery-").FullName;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var prefix = $"bench{Guid.NewGuid():N}"[..13];
        try
        {
            Console.WriteLine($"Database: {(postgres is null ? "SQLite" : "PostgreSQL")}; {count:N0} messages a round, {rounds} rounds after a warm-up round; {inFlight} publishes in flight");
            await using var raw = await RawLeg.StartAsync(prefix + "raw", today, inFlight);
            await using var e2e = await AppLeg.StartAsync(postgres is null ? null : await FreshDatabaseAsync(postgres, "e2e"), Path.Combine(folder, "e2e"), prefix, today, inFlight, relay: true);
            await using var direct = await AppLeg.StartAsync(postgres is null ? null : await FreshDatabaseAsync(postgres, "direct"), Path.Combine(folder, "direct"), prefix + "direct", today, inFlight, relay: false);
            // Unmeasured: without it the first window pays for compiling the path (DI, EF queries, MassTransit pipes; with
            // tiered compilation ~10,000 methods over the first few thousand messages), which a running node paid once.
            await raw.RunAsync(count, window: true);
            await raw.RunAsync(count, window: false);
            await e2e.RunAsync(count, label: null);
            await direct.RunAsync(count, label: null);
            var (ratios, ceilings, overheads) = (new List<double>(), new List<double>(), new List<double>());
            for (var round = 1; round <= rounds; round++)
            {
                // The baseline is the faster of two ways to publish raw: a sliding window of confirms, as the relay does,
                // and rounds that each wait for all their confirms; their order alternates.
                var best = TimeSpan.MaxValue;
                foreach (var window in round % 2 == 1 ? new[] { true, false } : [false, true])
                {
                    var r = await raw.RunAsync(count, window);
                    best = r.Elapsed < best ? r.Elapsed : best;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{round}. raw MassTransit publish ({(window ? "sliding window" : "in rounds")}) → consume: {count:N0} messages in {r.Elapsed.TotalSeconds:N2} s = {count / r.Elapsed.TotalSeconds:N0} msg/s{Costs(r, count)}"));
                }

                // The two app legs alternate which goes first, as the raw ones do.
                Measured e, d;
                if (round % 2 == 1)
                {
                    e = await EndToEndAsync(e2e, round, count);
                    d = await DirectAsync(direct, round, count);
                }
                else
                {
                    d = await DirectAsync(direct, round, count);
                    e = await EndToEndAsync(e2e, round, count);
                }

                ratios.Add(best.TotalSeconds / e.Elapsed.TotalSeconds);
                ceilings.Add(best.TotalSeconds / d.Elapsed.TotalSeconds);
                overheads.Add(d.Elapsed.TotalSeconds / e.Elapsed.TotalSeconds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{round}. ratios: end to end / faster raw {ratios[^1]:P0}; direct / faster raw {ceilings[^1]:P0}; end to end / direct {overheads[^1]:P0}"));
            }

            Console.WriteLine(Median("end to end / raw", ratios));
            Console.WriteLine(Median("direct / raw (the notice work alone; the ceiling of end to end / raw)", ceilings));
            Console.WriteLine(Median("end to end / direct (what the sweep, outbox and relay cost over a plain publish)", overheads));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<Measured> EndToEndAsync(AppLeg leg, int round, int count)
    {
        var (e, sweep) = await leg.RunAsync(count, $"{round}.");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{round}. end to end sweep → outbox → RabbitMQ → notice consumer → .eml: {count:N0} reminders in {e.Elapsed.TotalSeconds:N2} s (sweep {sweep.TotalSeconds:N2} s) = {count / e.Elapsed.TotalSeconds:N0} msg/s{Costs(e, count)}"));
        return e;
    }

    private static async Task<Measured> DirectAsync(AppLeg leg, int round, int count)
    {
        var (d, _) = await leg.RunAsync(count, $"{round}.");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{round}. direct MassTransit publish → notice consumer → .eml (sweep before, unmeasured): {count:N0} reminders in {d.Elapsed.TotalSeconds:N2} s = {count / d.Elapsed.TotalSeconds:N0} msg/s{Costs(d, count)}"));
        return d;
    }

    private static string Median(string name, List<double> ratios)
    {
        ratios.Sort();
        return string.Create(CultureInfo.InvariantCulture, $"Ratio {name}, median of {ratios.Count}: {ratios[ratios.Count / 2]:P0} (range {ratios[0]:P0}–{ratios[^1]:P0})");
    }

    /// <summary>
    /// A new, empty database next to <paramref name="connectionString"/>'s (dropped first if a run left it), one per app
    /// leg: each leg's sweep must see only its own book, and a run must not find the last run's.
    /// </summary>
    private static async Task<string> FreshDatabaseAsync(string connectionString, string leg)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var name = $"{builder.Database}_{leg}";
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        builder.Database = name;
        return builder.ConnectionString;
    }

    // The process's CPU per message: unlike the wall clock it hardly moves with the load of the shared box. JIT: what the
    // runtime compiled in the window (a warm node compiles little).
    private static string Costs(Measured m, int count) => string.Create(CultureInfo.InvariantCulture,
        $" (CPU {m.Cpu.TotalSeconds:N1} s, {m.Cpu.TotalMilliseconds * 1000 / count:N0} µs/message; JIT {m.JitMethods:N0} methods, {m.JitSeconds:N2} s; machine {m.Machine})");

    /// <summary>Starts a measurement window; the returned function closes it.</summary>
    private static Func<Measured> Window()
    {
        var (cpu, jit, methods, machine) = (Process.GetCurrentProcess().TotalProcessorTime, JitInfo.GetCompilationTime(), JitInfo.GetCompiledMethodCount(), MachineCpu.Read());
        var watch = Stopwatch.StartNew();
        return () => new Measured(watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu,
            (JitInfo.GetCompilationTime() - jit).TotalSeconds, JitInfo.GetCompiledMethodCount() - methods, MachineCpu.Read().Since(machine));
    }

    /// <summary>The baseline: a bus whose consumer only counts, published to with <c>inFlight</c> confirms outstanding, in a sliding window or in rounds.</summary>
    private sealed class RawLeg(ServiceProvider provider, IBusControl bus, CountingConsumer.Counter counter, DateOnly today, int inFlight) : IAsyncDisposable
    {
        public static async Task<RawLeg> StartAsync(string prefix, DateOnly today, int inFlight)
        {
            var counter = new CountingConsumer.Counter();
            var services = new ServiceCollection();
            services.AddSingleton(counter);
            services.AddMassTransit(x =>
            {
                x.DisableUsageTelemetry();
                x.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(prefix, false));
                x.AddConsumer<CountingConsumer>(c => c.ConcurrentMessageLimit = new MessagingOptions().ConcurrentMessageLimit);
                // As the end-to-end leg's queues (Messaging:QueueExpiry): a run that dies leaves no queue collecting later publishes.
                x.AddQueueExpiry(QueueExpiry);
                x.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host("127.0.0.1", 5672, "/", h => { h.Username("guest"); h.Password("guest"); });
                    // Its own exchanges, as the app's (Messaging:QueuePrefix): otherwise each leg's publishes reach the other's queue.
                    cfg.UsePrefixedExchanges(prefix);
                    cfg.ConfigureEndpoints(context);
                });
            });
            services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
            var provider = services.BuildServiceProvider();
            var bus = provider.GetRequiredService<IBusControl>();
            await bus.StartAsync();
            return new RawLeg(provider, bus, counter, today, inFlight);
        }

        private RenewalReminderDue Message() => new(Guid.NewGuid(), Guid.NewGuid(), "Days30", today, false);

        /// <summary>Publishes <paramref name="count"/> messages with a sliding <paramref name="window"/> of confirms or in rounds, and waits until all are consumed.</summary>
        public async Task<Measured> RunAsync(int count, bool window)
        {
            var measure = Window();
            var done = counter.Expect(count);
            if (window)
            {
                // As the relay publishes: inFlight publishes at once, the next starting as each confirm comes back.
                await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = inFlight },
                    async (_, ct) => await bus.Publish(Message(), ct));
            }
            else
            {
                // In rounds of inFlight, each waiting for all its confirms (how the relay published before 0017).
                for (var i = 0; i < count; i += inFlight)
                {
                    await Task.WhenAll(Enumerable.Range(0, Math.Min(inFlight, count - i)).Select(_ => bus.Publish(Message())));
                }
            }

            await done.WaitAsync(TimeSpan.FromMinutes(5));
            return measure();
        }

        public async ValueTask DisposeAsync()
        {
            await bus.StopAsync();
            await DeleteQueuesAsync([provider.GetRequiredService<IEndpointNameFormatter>().Consumer<CountingConsumer>()]);
            await provider.DisposeAsync();
        }
    }

    /// <summary>
    /// The app's own registrations in a generic host, its own database, queues and exchanges; each run adds policies at
    /// their 30-day stage, sweeps and waits for every notice. With the relay it is the end-to-end leg; without, the direct one.
    /// </summary>
    private sealed class AppLeg(IHost host, Seeded book, string folder, DateOnly today, DeliveryWatch watch, bool relay, int inFlight) : IAsyncDisposable
    {
        private int _policies;

        public static async Task<AppLeg> StartAsync(string? postgres, string folder, string prefix, DateOnly today, int inFlight, bool relay)
        {
            Directory.CreateDirectory(folder);
            var (provider, connection) = postgres is null
                ? ("Sqlite", $"Data Source={Path.Combine(folder, "delivery.db")};Default Timeout=30")
                : ("PostgreSql", postgres);
            var book = await SeedAsync(postgres is null
                ? new SqliteClaimsDbContext(new DbContextOptionsBuilder<SqliteClaimsDbContext>().UseSqlite(connection).Options)
                : new PostgreSqlClaimsDbContext(new DbContextOptionsBuilder<PostgreSqlClaimsDbContext>().UseNpgsql(connection).Options));
            var builder = Host.CreateApplicationBuilder();
            builder.Logging.ClearProviders();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider,
                ["Database:ConnectionString"] = connection,
                ["Messaging:Transport"] = "RabbitMq",
                ["Messaging:QueuePrefix"] = prefix,
                ["Messaging:QueueExpiry"] = QueueExpiry.ToString(),
                ["Messaging:RelayPublishConcurrency"] = inFlight.ToString(CultureInfo.InvariantCulture),
                ["Messaging:RelayEnabled"] = relay.ToString(),
                ["Mail:PickupFolder"] = Path.Combine(folder, "mailbox"),
                ["Renewals:TokenKey"] = "benchmark-renewal-token-key-0123456789",
            });
            // Variants without a rebuild: e.g. CLAIMS_BENCH_Renewals__BatchSize=1000 (the app's configuration keys).
            builder.Configuration.AddEnvironmentVariables("CLAIMS_BENCH_");
            builder.Services.AddSingleton(TimeProvider.System);
            builder.Services.AddClaimsDatabase(builder.Configuration, folder);
            builder.Services.AddClaimsMessaging(builder.Configuration);
            builder.Services.AddClaimsMail(builder.Configuration);
            builder.Services.AddRenewals(builder.Configuration);
            builder.Services.AddClaimsPolicies(builder.Configuration);
            // The watch: counts reminders as they are published and as their notice batches commit, without querying the database.
            var watch = new DeliveryWatch();
            builder.Services.AddReceiveObserver(_ => watch);
            builder.Services.AddPublishObserver(_ => watch);
            var host = builder.Build();
            await host.StartAsync();
            return new AppLeg(host, book, folder, today, watch, relay, inFlight);
        }

        /// <summary>
        /// Adds <paramref name="count"/> policies due today (not measured), then measures sweep → every notice marked sent;
        /// without the relay, sweeps unmeasured and measures publishing the sweep's reminders → every notice marked sent.
        /// Progress is printed under <paramref name="label"/>. Also returns how long the timed start took: the sweep, or the publishing.
        /// </summary>
        public async Task<(Measured Measured, TimeSpan Started)> RunAsync(int count, string? label)
        {
            await AddPoliciesAsync(host.Services, book, _policies, count, today);
            _policies += count;
            var sweeper = host.Services.GetRequiredService<RenewalSweep>();
            Func<Task> start = () => sweeper.RunAsync(today, default);
            if (!relay)
            {
                await start();
                var reminders = await RemindersToSendAsync();
                var bus = host.Services.GetRequiredService<IBus>();
                // As the raw leg's sliding window and the relay publish: inFlight publishes at once.
                start = () => Parallel.ForEachAsync(reminders, new ParallelOptions { MaxDegreeOfParallelism = inFlight }, async (m, ct) => await bus.Publish(m, ct));
            }

            var window = Window();
            var started = await DeliverAsync(host.Services, watch, start, _policies, count, label);
            var measured = window();
            var mails = Directory.GetFiles(Path.Combine(folder, "mailbox"), "*.eml").Length;
            if (mails != _policies)
            {
                throw new InvalidOperationException($"{mails:N0} notices written for {_policies:N0} policies.");
            }

            // Out of the sweep's window (−15 to +90 days), so every round sweeps a book of the same size.
            await using var scope = host.Services.CreateAsyncScope();
            var later = today.AddYears(1);
            var due = StageExpiry(today);
            await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().Policies.Where(p => p.ExpiryDate == due)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.ExpiryDate, later));

            return (measured, started);
        }

        /// <summary>The sweep's reminders whose notice is not sent, as the messages the sweep queued for them.</summary>
        private async Task<List<RenewalReminderDue>> RemindersToSendAsync()
        {
            await using var scope = host.Services.CreateAsyncScope();
            var reminders = await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().Set<RenewalReminder>().AsNoTracking()
                .Where(r => r.NoticeSentAt == null).ToListAsync();
            return [.. reminders.Select(r => new RenewalReminderDue(r.Id, r.PolicyId, r.Stage.ToString(), r.DueOn, r.CallTask))];
        }

        public async ValueTask DisposeAsync()
        {
            await host.StopAsync();
            await DeleteQueuesAsync(host.Services.GetRequiredService<ErrorQueues>().EndpointQueues());
            host.Dispose();
        }
    }

    /// <summary>
    /// Runs <paramref name="start"/> (the sweep, or publishing), then waits until the round's <paramref name="count"/>
    /// reminders are consumed and the database shows all <paramref name="total"/> marked sent; returns the time of <paramref name="start"/>.
    /// </summary>
    private static async Task<TimeSpan> DeliverAsync(IServiceProvider services, DeliveryWatch watch, Func<Task> start, int total, int count, string? label)
    {
        var stopwatch = Stopwatch.StartNew();
        var round = watch.Expect(count, stopwatch);
        await start();
        var startTime = stopwatch.Elapsed;
        // A consumer that fails every message (e.g. a missing registration) shows as no progress, not as a slow run.
        while (!round.Consumed.IsCompleted)
        {
            var consumed = watch.Consumed;
            await Task.WhenAny(round.Consumed, Task.Delay(TimeSpan.FromMinutes(1)));
            if (!round.Consumed.IsCompleted && watch.Consumed == consumed)
            {
                throw new TimeoutException($"{consumed:N0} of {count:N0} reminders handled ({watch.Faults:N0} faults), none in the last minute; see the consumer's _error queue.");
            }
        }

        // The observer's count is the trigger; the database is the truth (a batch's notices count once it has committed).
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
            for (var attempt = 0; await db.Set<RenewalReminder>().CountAsync(r => r.NoticeSentAt != null) != total; attempt++)
            {
                if (attempt == 2_000)
                {
                    throw new InvalidOperationException($"Every reminder was consumed, but after 10 s not all {total:N0} are marked sent.");
                }

                await Task.Delay(5);
            }
        }

        var published = await round.Published;
        if (label is not null)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label} every reminder was published at {published.TotalSeconds:N2} s"));
        }

        return startTime;
    }

    /// <summary>Counts the round's reminders as the relay publishes them and as their notice batches commit (MassTransit marks each consumed then).</summary>
    private sealed class DeliveryWatch : IReceiveObserver, IPublishObserver
    {
        private int _published;
        private int _consumed;
        private int _expected;
        private ConcurrentDictionary<Guid, byte> _seen = new();
        private Stopwatch _clock = new();
        private TaskCompletionSource<TimeSpan> _allPublished = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private TaskCompletionSource _allConsumed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private int _faults;

        public int Consumed => Volatile.Read(ref _consumed);

        public int Faults => Volatile.Read(ref _faults);

        public (Task<TimeSpan> Published, Task Consumed) Expect(int count, Stopwatch clock)
        {
            (_published, _consumed, _expected, _clock, _seen) = (0, 0, count, clock, new());
            _allPublished = new(TaskCreationOptions.RunContinuationsAsynchronously);
            _allConsumed = new(TaskCreationOptions.RunContinuationsAsynchronously);
            return (_allPublished.Task, _allConsumed.Task);
        }

        public Task PostPublish<T>(PublishContext<T> context) where T : class
        {
            if (context.Message is RenewalReminderDue && Interlocked.Increment(ref _published) == _expected)
            {
                _allPublished.TrySetResult(_clock.Elapsed);
            }

            return Task.CompletedTask;
        }

        /// <summary>Once per message: a batch that failed and was retried marks its good messages consumed again.</summary>
        public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class
        {
            if (context.Message is RenewalReminderDue reminder && _seen.TryAdd(reminder.ReminderId, 0) && Interlocked.Increment(ref _consumed) == _expected)
            {
                _allConsumed.TrySetResult();
            }

            return Task.CompletedTask;
        }

        public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class
        {
            if (Interlocked.Increment(ref _faults) <= 3)
            {
                Console.WriteLine($"A consume attempt failed (retried): {exception.GetType().Name}: {exception.Message}");
            }

            return Task.CompletedTask;
        }

        public Task PrePublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

        public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;

        public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

        public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

        public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;
    }

    private sealed record Seeded(IReadOnlyList<Guid> Holders, IReadOnlyList<Guid> Vehicles, Guid Agent);

    /// <summary>Migrates the database and adds the reference rows, 1,000 policyholders and 1,000 vehicles.</summary>
    private static async Task<Seeded> SeedAsync(ClaimsDbContext context)
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
        return new Seeded([.. holders.Select(h => h.Id)], [.. vehicles.Select(v => v.Id)], agent.Id);
    }

    /// <summary>Policies <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/>, each at its 30-day stage today; no tariff, so renewals are priced by the NCD-ratio rule.</summary>
    private static async Task AddPoliciesAsync(IServiceProvider services, Seeded book, int from, int count, DateOnly today)
    {
        var expiry = StageExpiry(today);
        var policies = Enumerable.Range(from, count).Select(i => Policy.Issue(Guid.CreateVersion7(), string.Create(CultureInfo.InvariantCulture, $"PD{i:D8}"),
            book.Holders[i % 1000], book.Vehicles[i % 1000], book.Agent, "SH", expiry.AddYears(-1).AddDays(1), expiry, 2_000m + i % 1000, Cover.ThirdPartyLiability | Cover.OwnDamage)).ToList();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().InsertManyAsync(policies, default);
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

        public sealed class Counter
        {
            private int _left;
            private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

            /// <summary>Completes when <paramref name="count"/> more messages have been consumed.</summary>
            public Task Expect(int count)
            {
                _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                Volatile.Write(ref _left, count);
                return _done.Task;
            }

            public void Hit()
            {
                if (Interlocked.Decrement(ref _left) == 0)
                {
                    _done.TrySetResult();
                }
            }
        }
    }
}
