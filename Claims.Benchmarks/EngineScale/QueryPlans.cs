using System.Data.Common;
using Claims.Benchmarks.Engine;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Benchmarks.EngineScale;

/// <summary>Records the SELECTs the engine sends while <see cref="Recording"/> is on, then prints SQLite's plan for each.</summary>
internal sealed class QueryPlans : DbCommandInterceptor
{
    private readonly List<(string Sql, (string Name, object? Value)[] Parameters)> _queries = [];

    public bool Recording { get; set; }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        if (Recording && command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && _queries.All(q => q.Sql != command.CommandText))
        {
            _queries.Add((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToArray()));
        }
    }

    /// <summary>EXPLAIN QUERY PLAN of every recorded SELECT, with the values it ran with.</summary>
    public async Task PrintAsync(BenchDatabase database)
    {
        await using var scope = database.Scope();
        var connection = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var (sql, parameters) in _queries)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            Console.WriteLine($"    {OneLine(sql)}");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                Console.WriteLine($"      → {reader.GetString(3)}");
            }
        }
    }

    private static string OneLine(string sql) => System.Text.RegularExpressions.Regex.Replace(sql, @"\s+", " ").Trim() is var s && s.Length > 220 ? s[..220] + " …" : s;
}
