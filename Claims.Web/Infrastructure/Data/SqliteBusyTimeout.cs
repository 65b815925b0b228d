using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Claims.Web.Infrastructure.Data;

/// <summary>
/// Hands SQLite's lock waits to SQLite's own busy handler (<c>PRAGMA busy_timeout</c>, the connection's default timeout).
/// Without it Microsoft.Data.Sqlite retries a locked statement every 150 ms, sleeping the thread in between: a writer
/// waiting for another writer's commit then waits up to 150 ms more than the lock is held, and two batch consumers plus
/// the outbox relay queue up behind each other in 150 ms steps. SQLite's handler retries within milliseconds.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite)
        {
            return;
        }

        using var command = sqlite.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {Math.Max(0, sqlite.DefaultTimeout) * 1000};";
        command.ExecuteNonQuery();
    }
}
