using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Claims.Web.Infrastructure.Data;

public static class DatabaseRegistration
{
    /// <summary>An aggregate and its owned collections load in one statement, one consistent snapshot; said once, so EF does not warn per query.</summary>
    private const QuerySplittingBehavior OneStatement = QuerySplittingBehavior.SingleQuery;

    /// <summary>
    /// EF compares the model with the migrations' snapshot at every start (building the snapshot's model and diffing the
    /// two: about a twentieth of the start's CPU). The suite proves it for all three providers instead
    /// (<c>ModelSnapshotTests</c>), so a release cannot ship a model change without its migration.
    /// </summary>
    private static readonly EventId ModelChecked = RelationalEventId.PendingModelChangesWarning;

    public static IServiceCollection AddClaimsDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = services.AddValidatedOptions<DatabaseOptions>(configuration, DatabaseOptions.Section);
        var connectionString = ResolveConnectionString(options, contentRoot);

        // Interceptors registered in DI (the outbox signal, for one) join every context.
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<SqliteClaimsDbContext>((sp, o) => o.UseSqlite(connectionString, s => s.UseQuerySplittingBehavior(OneStatement)).AddInterceptors([.. sp.GetServices<IInterceptor>(), new SqliteBusyTimeout()])
                    // The model names schemas for SQL Server and PostgreSQL; SQLite has none and ignores them, by design, so no warning per table;
                    // and EF's own table rebuilds switch foreign keys off outside the migration's transaction, by design, so no warning per rebuild.
                    .ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning, RelationalEventId.NonTransactionalMigrationOperationWarning, ModelChecked)));
                services.AddScoped<ClaimsDbContext>(sp => sp.GetRequiredService<SqliteClaimsDbContext>());
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContext<SqlServerClaimsDbContext>((sp, o) => o.UseSqlServer(connectionString, s => s.EnableRetryOnFailure().UseQuerySplittingBehavior(OneStatement)).AddInterceptors(sp.GetServices<IInterceptor>())
                    .ConfigureWarnings(w => w.Ignore(ModelChecked)));
                services.AddScoped<ClaimsDbContext>(sp => sp.GetRequiredService<SqlServerClaimsDbContext>());
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContext<PostgreSqlClaimsDbContext>((sp, o) => o.UseNpgsql(connectionString, s => s.UseQuerySplittingBehavior(OneStatement)).AddInterceptors(sp.GetServices<IInterceptor>())
                    .ConfigureWarnings(w => w.Ignore(ModelChecked)));
                services.AddScoped<ClaimsDbContext>(sp => sp.GetRequiredService<PostgreSqlClaimsDbContext>());
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}'.");
        }

        services.AddScoped<DbContext>(sp => sp.GetRequiredService<ClaimsDbContext>());
        return services;
    }

    public static string ResolveConnectionString(DatabaseOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        if (options.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException($"Database:ConnectionString is required for {options.Provider}.");
        }

        var folder = Path.Combine(contentRoot, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "claims.db")};Default Timeout=30";
    }
}
