using System.ComponentModel.DataAnnotations;

namespace Claims.Web.Infrastructure.Data;

public enum DatabaseProvider { Sqlite, SqlServer, PostgreSql }

/// <summary>Bound from the <c>Database</c> section.</summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty with SQLite means <c>App_Data/claims.db</c> under the content root.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Run pending migrations at start-up (the default for the embedded database).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Provider))
        {
            yield return new ValidationResult($"must be one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.", [nameof(Provider)]);
        }
        else if (Provider != DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult($"is required for {Provider}.", [nameof(ConnectionString)]);
        }
    }
}
