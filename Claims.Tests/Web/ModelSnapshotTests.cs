using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Claims.Tests.Web;

/// <summary>
/// The app does not compare its model with the migrations at start (it costs CPU on every node start), so this is
/// where a model change without its migration is caught: for each provider, including SQL Server, which cannot run here.
/// </summary>
public sealed class ModelSnapshotTests
{
    public static TheoryData<string> Providers => [nameof(SqliteDesignTimeFactory), nameof(SqlServerDesignTimeFactory), nameof(PostgreSqlDesignTimeFactory)];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Model_EachProvider_HasNoChangesMissingAMigration(string factory)
    {
        using DbContext db = factory switch
        {
            nameof(SqliteDesignTimeFactory) => new SqliteDesignTimeFactory().CreateDbContext([]),
            nameof(SqlServerDesignTimeFactory) => new SqlServerDesignTimeFactory().CreateDbContext([]),
            _ => new PostgreSqlDesignTimeFactory().CreateDbContext([]),
        };

        Assert.True(db.Database.GetMigrations().Any(), "the provider's migrations are found");
        Assert.False(db.Database.HasPendingModelChanges(), $"{db.GetType().Name}: the model has changes no migration holds; run scripts/add-migration.sh <Name>");
    }
}
