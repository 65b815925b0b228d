using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Claims.Benchmarks.Chaos;

/// <summary>A throwaway PostgreSQL cluster on a free loopback port (fsync off), which a scenario may restart under load.</summary>
public sealed class PgCluster : IAsyncDisposable
{
    private readonly string _directory;
    private readonly string _bin;

    private PgCluster(string directory, string bin, int port)
    {
        _directory = directory;
        _bin = bin;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Timeout=30;Command Timeout=60";

    public static async Task<PgCluster> StartAsync()
    {
        var bin = FindBinaries();
        var directory = Directory.CreateTempSubdirectory("claims-chaos-pg-").FullName;
        if (Environment.IsPrivilegedProcess)
        {
            await Shell.RunAsync("chown", ["postgres:postgres", directory], TimeSpan.FromSeconds(10));
        }

        await Shell.RunAsPostgresAsync(Path.Combine(bin, "initdb"),
            ["-D", Path.Combine(directory, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], TimeSpan.FromSeconds(120));
        var cluster = new PgCluster(directory, bin, FreePort());
        await cluster.StartServerAsync();
        return cluster;
    }

    /// <summary>Stops the server at once (as a crash would: no checkpoint), waits, and starts it again on the same port.</summary>
    public async Task<TimeSpan> RestartAsync(TimeSpan down)
    {
        var clock = Stopwatch.StartNew();
        await StopServerAsync();
        await Task.Delay(down);
        await StartServerAsync();
        return clock.Elapsed;
    }

    public Task StopServerAsync() =>
        Shell.RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_directory, "data"), "-m", "immediate", "-w", "stop"], TimeSpan.FromSeconds(60));

    public Task StartServerAsync() =>
        Shell.RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"),
            ["-D", Path.Combine(_directory, "data"), "-l", Path.Combine(_directory, "server.log"), "-w", "-t", "120",
             "-o", $"-c listen_addresses=127.0.0.1 -p {Port} -k {_directory} -c fsync=off -c max_connections=600", "start"],
            TimeSpan.FromSeconds(150));

    public async ValueTask DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        try
        {
            await StopServerAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped (a scenario stopped it and failed before the restart).
        }

        Directory.Delete(_directory, recursive: true);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindBinaries()
    {
        if (Environment.GetEnvironmentVariable("CLAIMS_PG_BIN") is { Length: > 0 } configured)
        {
            return configured;
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;
        return installed ?? throw new InvalidOperationException("PostgreSQL binaries not found: install postgresql or set CLAIMS_PG_BIN.");
    }
}
