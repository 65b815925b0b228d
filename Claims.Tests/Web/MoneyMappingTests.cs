using System.Text.RegularExpressions;
using Claims.Domain.Common;
using Claims.Domain.Financials;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Tests.Web;

/// <summary>Money as an EF Core complex type (decision 0024): the columns of the decimals it replaced, and sums over it stay in SQL.</summary>
public sealed class MoneyMappingTests
{
    public static TheoryData<string> Providers => ["Sqlite", "PostgreSql", "SqlServer"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void LedgerSumByClaim_OverMoneyAmount_IsOneSqlSumOverTheAmountColumn(string provider)
    {
        using var db = Context(provider);

        // EF throws here if the sum cannot be translated; it never sums a converted or complex value on the client.
        var sql = db.Set<LedgerEntry>().GroupBy(e => e.ClaimId).Select(g => new { g.Key, Total = g.Sum(e => e.Amount.Amount) }).ToQueryString();

        Assert.Matches(new Regex(@"\b(ef_)?sum\(\w+\.Amount\)", RegexOptions.IgnoreCase), Regex.Replace(sql, "[\"\\[\\]]", ""));
        Assert.Contains("GROUP BY", sql, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void MoneyProperties_AsComplexTypes_KeepTheDecimalColumnNames()
    {
        using var db = Context("Sqlite");

        var columns = db.Model.GetEntityTypes()
            .SelectMany(e => e.GetComplexProperties().Where(p => p.ComplexType.ClrType == typeof(Money))
                .Select(p => $"{e.GetTableName()}.{p.ComplexType.FindProperty(nameof(Money.Amount))!.GetColumnName()}"))
            .ToHashSet();

        Assert.Superset(new HashSet<string> { "FinancialTransactions.Amount", "Claims.Excess", "Claims.Totals_Net", "Claims.Totals_Payable", "EstimateLines.Amount", "Policies.Excess", "Proposals.Excess" }, columns);
        Assert.DoesNotContain(columns, c => c.EndsWith("_Amount", StringComparison.Ordinal));
    }

    private static ClaimsDbContext Context(string provider) => provider switch
    {
        "Sqlite" => new SqliteClaimsDbContext(new DbContextOptionsBuilder<SqliteClaimsDbContext>().UseSqlite("Data Source=:memory:").Options),
        "PostgreSql" => new PostgreSqlClaimsDbContext(new DbContextOptionsBuilder<PostgreSqlClaimsDbContext>().UseNpgsql("Host=127.0.0.1").Options),
        _ => new SqlServerClaimsDbContext(new DbContextOptionsBuilder<SqlServerClaimsDbContext>().UseSqlServer("Server=127.0.0.1").Options),
    };
}
