using Claims.Web.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Claims.Benchmarks;

/// <summary>
/// A temp SQLite file migrated through the real <see cref="SqliteClaimsDbContext"/> (WAL on) for the book benchmarks:
/// rows go in through <see cref="BulkInsert"/> in chunks, <c>ANALYZE</c> runs before the timing, the folder goes on dispose.
/// </summary>
internal sealed class TempBook : IAsyncDisposable
{
    private readonly string _folder;

    private TempBook(string folder)
    {
        _folder = folder;
        ConnectionString = $"Data Source={Path.Combine(folder, "book.db")}";
        Options = new DbContextOptionsBuilder<SqliteClaimsDbContext>().UseSqlite(ConnectionString).Options;
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

    public SqliteClaimsDbContext Open() => new(Options);

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
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
