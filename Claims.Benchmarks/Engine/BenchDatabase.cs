using Claims.Web.Infrastructure;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Definitions;
using Claims.Workflows.Hosting;
using Claims.Workflows.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Benchmarks.Engine;

/// <summary>The app's database and workflow registrations over a temp SQLite file (WAL, migrations applied), without the web host.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _directory;

    private BenchDatabase(string directory, ServiceProvider services)
    {
        _directory = directory;
        Services = services;
    }

    public ServiceProvider Services { get; }

    public string FilePath => Path.Combine(_directory, "claims.db");

    /// <param name="configure">Further registrations, e.g. an interceptor that records the SQL of a run.</param>
    public static async Task<BenchDatabase> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var directory = Directory.CreateTempSubdirectory("claims-bench-").FullName;
        var services = BuildServices(directory, journalWriter: true, configure);
        await DatabaseMigrator.MigrateAsync(services);
        return new BenchDatabase(directory, services);
    }

    /// <summary>The same file through registrations without <see cref="JournalWriter"/>: EF Core inserts the journal rows, as before issue 20.</summary>
    public ServiceProvider WithoutJournalWriter() => BuildServices(_directory, journalWriter: false, configure: null);

    private static ServiceProvider BuildServices(string directory, bool journalWriter, Action<IServiceCollection>? configure)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = nameof(DatabaseProvider.Sqlite),
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(directory, "claims.db")};Default Timeout=30",
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddClaimsDatabase(configuration, directory)
            .AddClaimsWorkflows(new WorkflowOptions(), typeof(WorkflowsRegistration).Assembly)
            .AddScoped<Claims.Web.Features.Workflows.AlterationJobRunner>();
        if (!journalWriter)
        {
            services.Remove(services.Single(d => d.ImplementationType == typeof(JournalWriter)));
        }

        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    /// <summary>Saves and publishes a definition file; returns its definition id.</summary>
    public async Task<string> PublishAsync(string path) => await PublishJsonAsync(await File.ReadAllTextAsync(path));

    /// <summary>Saves and publishes a definition (Elsa JSON); returns its definition id.</summary>
    public async Task<string> PublishJsonAsync(string json)
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionStore>();
        var definition = WorkflowDefinitionSerializer.Deserialize(json);
        var saved = await store.SaveDraftAsync(definition, "benchmark", default);
        await db.SaveChangesAsync();
        var published = await store.PublishAsync(saved.Record!.DefinitionId, default);
        if (published.Outcome != SaveOutcome.Saved)
        {
            throw new InvalidOperationException($"{definition.DefinitionId} does not publish: {string.Join("; ", published.Errors)}");
        }

        await db.SaveChangesAsync();
        return published.Record!.DefinitionId;
    }

    /// <summary>The database file's size once the WAL is folded back into it.</summary>
    public async Task<long> CheckpointedSizeAsync()
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        return new FileInfo(FilePath).Length;
    }

    /// <summary>Average bytes of the stored column values of <typeparamref name="T"/> rows matching <paramref name="where"/> (SQL).</summary>
    public async Task<double> AverageRowBytesAsync<T>(string where)
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = entity.GetTableName()!;
        var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
        var sum = string.Join(" + ", entity.GetProperties().Select(p => $"coalesce(length(CAST(\"{p.GetColumnName(store)}\" AS BLOB)), 0)"));
        return await ScalarAsync($"SELECT coalesce(avg({sum}), 0) AS \"Value\" FROM \"{table}\" WHERE {where}");
    }

    public async Task<double> ScalarAsync(string sql)
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        return (await db.Database.SqlQueryRaw<double>(sql).ToListAsync()).Single();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
