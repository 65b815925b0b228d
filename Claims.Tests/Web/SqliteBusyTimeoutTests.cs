using Claims.Tests.Fixtures;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Claims.Tests.Web;

/// <summary>The app's SQLite connections wait for a lock in SQLite's busy handler, not in 150 ms sleeps of the driver.</summary>
public sealed class SqliteBusyTimeoutTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task SqliteConnection_OpenedByTheApp_HasBusyTimeoutOfItsDefaultTimeout()
    {
        var (busyTimeout, defaultTimeout) = await fixture.App.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout;";
            return ((long)(await command.ExecuteScalarAsync())!, connection.DefaultTimeout);
        });

        Assert.True(defaultTimeout > 0);
        Assert.Equal(defaultTimeout * 1000L, busyTimeout);
    }
}
