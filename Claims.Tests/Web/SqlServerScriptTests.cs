using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Claims.Tests.Web;

/// <summary>No SQL Server here: the idempotent script is generated in-process and checked for syntax, EXEC strings included.</summary>
public sealed class SqlServerScriptTests
{
    [Fact]
    public void SqlServerIdempotentScript_ParsedWithScriptDom_HasNoErrors()
    {
        var options = new DbContextOptionsBuilder<SqlServerClaimsDbContext>().UseSqlServer("Server=none;Database=Claims;TrustServerCertificate=true").Options;
        using var db = new SqlServerClaimsDbContext(options);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var fragment = Parse(script);
        var dynamicSql = new ExecStrings();
        fragment.Accept(dynamicSql);
        foreach (var sql in dynamicSql.Found)
        {
            Parse(sql);
        }

        Assert.Contains("CREATE TABLE [messaging].[OutboxMessages]", script);
        Assert.Contains("IF NOT EXISTS", script);
        Assert.NotEmpty(dynamicSql.Found);
    }

    private static TSqlFragment Parse(string sql)
    {
        var fragment = new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"line {e.Line}: {e.Message}")) + "\n---\n" + sql);
        return fragment;
    }

    /// <summary>The SQL inside EF's <c>EXEC(N'…')</c> statements, unescaped by the parser.</summary>
    private sealed class ExecStrings : TSqlFragmentVisitor
    {
        public List<string> Found { get; } = [];

        public override void Visit(ExecutableStringList node) =>
            Found.Add(string.Concat(node.Strings.OfType<StringLiteral>().Select(s => s.Value)));
    }
}
