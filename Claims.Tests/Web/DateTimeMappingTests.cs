using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Claims.Tests.Web;

/// <summary>
/// Every date and time in the model maps to the provider's zone-safe type: PostgreSQL's timestamptz (hence UTC-only
/// parameters, issue 17) and SQL Server's datetime2 / datetimeoffset / date. Built from the model; no server needed.
/// </summary>
public sealed class DateTimeMappingTests
{
    public static TheoryData<string, string, string> Expected => new()
    {
        { "SqlServer", nameof(DateTime), "datetime2" },
        { "SqlServer", nameof(DateTimeOffset), "datetimeoffset" },
        { "SqlServer", nameof(DateOnly), "date" },
        { "PostgreSql", nameof(DateTime), "timestamp with time zone" },
        { "PostgreSql", nameof(DateTimeOffset), "timestamp with time zone" },
        { "PostgreSql", nameof(DateOnly), "date" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Model_DateAndTimeProperties_MapToTheProviderType(string provider, string clrType, string storeType)
    {
        using var db = Context(provider);
        var properties = db.GetService<IDesignTimeModel>().Model.GetEntityTypes()
            .SelectMany(e => e.GetProperties())
            .Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType).Name == clrType)
            .ToList();

        Assert.All(properties, p => Assert.True(StoreType(p).StartsWith(storeType, StringComparison.Ordinal),
            $"{p.DeclaringType.DisplayName()}.{p.Name} maps to {StoreType(p)}"));
        if (clrType != nameof(DateTimeOffset))
        {
            Assert.NotEmpty(properties);
        }
    }

    private static string StoreType(IProperty property) => property.GetRelationalTypeMapping().StoreType;

    private static ClaimsDbContext Context(string provider) => provider switch
    {
        "SqlServer" => new SqlServerClaimsDbContext(new DbContextOptionsBuilder<SqlServerClaimsDbContext>()
            .UseSqlServer("Server=none;Database=Claims;TrustServerCertificate=true").Options),
        _ => new PostgreSqlClaimsDbContext(new DbContextOptionsBuilder<PostgreSqlClaimsDbContext>().UseNpgsql("Host=none;Database=claims").Options),
    };
}
