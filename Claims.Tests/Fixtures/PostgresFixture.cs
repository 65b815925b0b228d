using Npgsql;

namespace Claims.Tests.Fixtures;

/// <summary>A throwaway PostgreSQL cluster on a free loopback port in a temp directory; each test class asks for its own database.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private string _directory = "";
    private string _bin = "";

    public int Port { get; private set; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Timeout=30;Command Timeout=60";

    public async Task InitializeAsync()
    {
        _bin = FindBinaries();
        _directory = Directory.CreateTempSubdirectory("claims-pg-").FullName;
        if (Environment.IsPrivilegedProcess)
        {
            await ProcessRunner.RunAsync("chown", ["postgres:postgres", _directory], TimeSpan.FromSeconds(10));
        }

        var data = Path.Combine(_directory, "data");
        await ProcessRunner.RunAsPostgresAsync(Path.Combine(_bin, "initdb"),
            ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], TimeSpan.FromSeconds(60));
        Port = LoopbackPort.Free();
        await ProcessRunner.RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(_directory, "server.log"), "-w", "-t", "60",
             "-o", $"-c listen_addresses=127.0.0.1 -p {Port} -k {_directory} -c fsync=off -c max_connections=1000", "start"],
            TimeSpan.FromSeconds(90));
    }

    /// <summary>A fresh, empty database; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "claims")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 33)].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (Port != 0)
        {
            await ProcessRunner.RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"),
                ["-D", Path.Combine(_directory, "data"), "-m", "immediate", "-w", "stop"], TimeSpan.FromSeconds(60));
        }

        if (_directory.Length > 0)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static string FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("CLAIMS_PG_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => d.Length).ThenByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;
        return installed ?? throw new InvalidOperationException("PostgreSQL binaries not found: install postgresql or set CLAIMS_PG_BIN.");
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
