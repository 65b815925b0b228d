using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Claims.Web.Infrastructure.Data;

// Used only by `dotnet ef migrations add`; no server is contacted.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteClaimsDbContext>
{
    public SqliteClaimsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteClaimsDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerClaimsDbContext>
{
    public SqlServerClaimsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerClaimsDbContext>().UseSqlServer("Server=design;Database=Claims;TrustServerCertificate=true").Options);
}

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlClaimsDbContext>
{
    public PostgreSqlClaimsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlClaimsDbContext>().UseNpgsql("Host=design;Database=claims").Options);
}
