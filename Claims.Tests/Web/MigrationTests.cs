using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Tests.Web;

public sealed class SqliteMigrationTests
{
    [Fact]
    public async Task Migrations_Sqlite_ApplyWithNothingPending()
    {
        await using var app = ClaimsAppFactory.WithSqlite();

        var (pending, tables) = await app.WithDbAsync(async db => (
            (await db.Database.GetPendingMigrationsAsync()).ToList(),
            await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'").ToListAsync()));

        Assert.Empty(pending);
        Assert.Subset(tables.ToHashSet(), ExpectedTables.Select(t => t.Table).ToHashSet());
    }

    internal static readonly (string Schema, string Table)[] ExpectedTables =
    [
        ("messaging", "OutboxMessages"), ("messaging", "InboxMessages"), ("workflow", "WorkTasks"), ("workflow", "TaskCompletionLog"),
    ];
}

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlMigrationTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Migrations_PostgreSql_ApplyWithNothingPending()
    {
        await using var app = new ClaimsAppFactory(DatabaseProvider.PostgreSql, await postgres.CreateDatabaseAsync());

        var (pending, tables) = await app.WithDbAsync(async db => (
            (await db.Database.GetPendingMigrationsAsync()).ToList(),
            await db.Database.SqlQueryRaw<string>("SELECT table_schema || '.' || table_name AS \"Value\" FROM information_schema.tables").ToListAsync()));

        Assert.Empty(pending);
        Assert.Subset(tables.ToHashSet(), SqliteMigrationTests.ExpectedTables.Select(t => $"{t.Schema}.{t.Table}").ToHashSet());
    }
}
