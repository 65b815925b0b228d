using Claims.Web.Infrastructure.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Claims.Benchmarks.Chaos;

/// <summary>
/// What a scenario runs on: one throwaway PostgreSQL cluster, the RabbitMQ broker behind a cuttable relay, and app nodes
/// as separate processes sharing both (their own queue prefix, so runs never share queues).
/// </summary>
public sealed class ChaosCluster : IAsyncDisposable
{
    public static readonly TimeSpan StartWithin = TimeSpan.FromMinutes(4);

    private readonly ServiceProvider _audit;

    private ChaosCluster(PgCluster postgres, BrokerProxy broker, string folder, string connectionString, IReadOnlyList<AppNode> nodes)
    {
        Postgres = postgres;
        Broker = broker;
        Folder = folder;
        Nodes = nodes;
        ConnectionString = connectionString;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = nameof(DatabaseProvider.PostgreSql),
            ["Database:ConnectionString"] = connectionString,
        }).Build();
        _audit = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddClaimsDatabase(configuration, folder).BuildServiceProvider();
    }

    public PgCluster Postgres { get; }

    public BrokerProxy Broker { get; }

    /// <summary>The run's folder: node logs, shipped definitions, mail, and the soak's CSV.</summary>
    public string Folder { get; }

    public string ConnectionString { get; }

    public IReadOnlyList<AppNode> Nodes { get; }

    /// <summary>
    /// Starts the cluster and <paramref name="nodeCount"/> nodes one after another (the first migrates the database);
    /// <paramref name="afterFirst"/> runs once the first node is up, before the others start (e.g. to seed a book).
    /// </summary>
    public static async Task<ChaosCluster> StartAsync(
        int nodeCount, IReadOnlyDictionary<string, string>? extra = null, Action<AppNode>? beforeStart = null, Func<ChaosCluster, Task>? afterFirst = null)
    {
        var folder = Directory.CreateTempSubdirectory("claims-chaos-").FullName;
        var shipped = Directory.CreateDirectory(Path.Combine(folder, "workflows")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Chaos"), "*.json"))
        {
            File.Copy(file, Path.Combine(shipped, Path.GetFileName(file)));
        }

        var postgres = await PgCluster.StartAsync();
        var connectionString = postgres.ConnectionString("claims");
        await using (var connection = new NpgsqlConnection(postgres.ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE claims", connection);
            await create.ExecuteNonQueryAsync();
        }

        var broker = new BrokerProxy("127.0.0.1", int.TryParse(Environment.GetEnvironmentVariable("CLAIMS_RABBITMQ_PORT"), out var p) ? p : 5672);
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSql",
            // Pooling on: a restart of PostgreSQL breaks pooled connections, which is part of what R6 checks.
            ["Database:ConnectionString"] = connectionString + ";Maximum Pool Size=100",
            ["Messaging:Transport"] = "RabbitMq",
            ["Messaging:Port"] = broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Messaging:QueuePrefix"] = $"chaos-{Guid.NewGuid():N}"[..18],
            ["Messaging:QueueExpiry"] = "00:05:00",
            ["Demo:Seed"] = "false",
            ["Scheduling:Enabled"] = "false",
            ["Workflows:ShippedFolder"] = shipped,
            ["Mail:PickupFolder"] = Path.Combine(folder, "mail"),
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        var nodes = Enumerable.Range(0, nodeCount).Select(i => new AppNode($"node-{(char)('a' + i)}", settings, folder)).ToList();
        var cluster = new ChaosCluster(postgres, broker, folder, connectionString, nodes);
        try
        {
            foreach (var node in nodes)
            {
                beforeStart?.Invoke(node);
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        await node.StartAsync(StartWithin);
                        break;
                    }
                    catch (InvalidOperationException) when (settings.GetValueOrDefault("Faults:Crash") == "true" && attempt < 10)
                    {
                        // With Faults:Crash a node may kill itself before it first answers healthy (the hook arms at start): start it again.
                    }
                }

                if (node == nodes[0] && afterFirst is not null)
                {
                    await afterFirst(cluster);
                }
            }
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    /// <summary>Runs a query on a fresh unit of work of the app's own model.</summary>
    public async Task<T> WithDbAsync<T>(Func<ClaimsDbContext, Task<T>> query)
    {
        await using var scope = _audit.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ClaimsDbContext>());
    }

    /// <summary>Connections the database holds open (all clients but this one's own probe).</summary>
    public async Task<int> ConnectionsAsync()
    {
        await using var connection = new NpgsqlConnection(Postgres.ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = 'claims'", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The hook's "Injected fault at {point}" warnings in every node log, counted by point.</summary>
    public SortedDictionary<string, int> InjectedFaults()
    {
        const string marker = "Injected fault at ";
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in Directory.GetFiles(Folder, "node-*.log").SelectMany(File.ReadLines))
        {
            // The hook's own warning only; other loggers repeat the exception's message in their errors.
            var at = line.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0 && line.Contains("FaultHook[", StringComparison.Ordinal))
            {
                var point = new string(line[(at + marker.Length)..].TakeWhile(char.IsLetter).ToArray());
                counts[point] = counts.GetValueOrDefault(point) + 1;
            }
        }

        return counts;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            await node.DisposeAsync();
        }

        await _audit.DisposeAsync();
        await Broker.DisposeAsync();
        await Postgres.DisposeAsync();
        if (Environment.GetEnvironmentVariable("CLAIMS_CHAOS_KEEP") is null)
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
