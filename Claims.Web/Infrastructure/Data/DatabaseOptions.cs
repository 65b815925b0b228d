namespace Claims.Web.Infrastructure.Data;

public enum DatabaseProvider { Sqlite, SqlServer, PostgreSql }

/// <summary>Bound from the <c>Database</c> section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty with SQLite means <c>App_Data/claims.db</c> under the content root.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Run pending migrations at start-up (the default for the embedded database).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
