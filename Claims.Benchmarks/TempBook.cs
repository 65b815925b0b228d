using Claims.Web.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Benchmarks;

/// <summary>
/// A temp SQLite file migrated through the real <see cref="SqliteClaimsDbContext"/> (WAL on) for the book benchmarks:
/// rows go in through <see cref="BulkInsert"/> in chunks, <c>ANALYZE</c> runs before the timing, the folder goes on dispose.
/// </summary>
internal sealed class TempBook : IAsyncDisposable
{
    private readonly string _folder;
    private readonly bool _keep;

    private TempBook(string folder, bool keep = false)
    {
        _folder = folder;
        _keep = keep;
        ConnectionString = $"Data Source={Path.Combine(folder, "book.db")}";
        var options = new DbContextOptionsBuilder<SqliteClaimsDbContext>().UseSqlite(ConnectionString);
        // CLAIMS_BENCH_SQL=1 prints every command with its duration, to read the plans behind a figure.
        if (Environment.GetEnvironmentVariable("CLAIMS_BENCH_SQL") == "1")
        {
            options.LogTo(Console.WriteLine, [RelationalEventId.CommandExecuted]);
        }

        Options = options.Options;
    }

    public string ConnectionString { get; }

    public DbContextOptions<SqliteClaimsDbContext> Options { get; }

    public static async Task<TempBook> CreateAsync(string prefix)
    {
        var book = new TempBook(Directory.CreateTempSubdirectory(prefix).FullName);
        await using var db = book.Open();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        return book;
    }

    /// <summary>A book kept in <paramref name="folder"/> (not deleted on dispose), to time again without generating again.</summary>
    public static async Task<(TempBook Book, bool Existed)> KeptAsync(string folder)
    {
        var existed = File.Exists(Path.Combine(folder, "book.db"));
        Directory.CreateDirectory(folder);
        var book = new TempBook(folder, keep: true);
        if (!existed)
        {
            await using var db = book.Open();
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        return (book, existed);
    }

    public string FilePath => Path.Combine(_folder, "book.db");

    public SqliteClaimsDbContext Open() => new(Options);

    /// <summary>The app's context registrations over this file, for code that opens its own scopes.</summary>
    public ServiceProvider Services(Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped(_ => Open());
        services.AddScoped<ClaimsDbContext>(sp => sp.GetRequiredService<SqliteClaimsDbContext>());
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>Builds and inserts <paramref name="count"/> rows, <paramref name="chunk"/> at a time, each chunk in a fresh context.</summary>
    public async Task InsertAsync<T>(int count, Func<int, T> row, int chunk = 50_000)
        where T : class
    {
        for (var from = 0; from < count; from += chunk)
        {
            var rows = new List<T>(Math.Min(chunk, count - from));
            for (var i = from; i < Math.Min(count, from + chunk); i++)
            {
                rows.Add(row(i));
            }

            await InsertAsync(rows);
        }
    }

    public async Task InsertAsync<T>(IReadOnlyCollection<T> rows)
        where T : class
    {
        await using var db = Open();
        await db.InsertManyAsync(rows, default);
    }

    public async Task AnalyzeAsync()
    {
        await using var db = Open();
        await db.Database.ExecuteSqlRawAsync("ANALYZE;");
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (!_keep)
        {
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
