using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Claims.Workflows.Persistence;

/// <summary>
/// One INSERT of an entity's table, built from the EF model (column names, provider type mappings, value converters),
/// reused for every row: SQLite keeps the prepared statement while the command text stays the same. Store-generated
/// keys are left to the database. The parameters are made by the columns' type mappings, as SaveChanges makes them
/// (Claims.Web's <c>BulkInsert</c> uses it for its SQLite path).
/// </summary>
public sealed class RowInserter : IAsyncDisposable, IDisposable
{
    private static readonly ConcurrentDictionary<IEntityType, Shape> Shapes = new();

    private readonly DbCommand _command;
    private readonly Shape _shape;
    private readonly DbParameter[] _parameters;

    private RowInserter(DbCommand command, Shape shape)
    {
        _command = command;
        _shape = shape;
        // Made once by the column's type mapping (as SaveChanges makes them); each row only sets the values.
        _parameters = shape.Columns.Select((c, i) => c.Mapping.CreateParameter(command, shape.Names[i], null, c.Property.IsNullable)).ToArray();
        command.Parameters.AddRange(_parameters);
    }

    /// <summary>An inserter for <typeparamref name="T"/> rows on <paramref name="connection"/>, inside <paramref name="transaction"/>.</summary>
    public static RowInserter Create<T>(DbContext db, DbConnection connection, DbTransaction? transaction)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var shape = Shapes.GetOrAdd(entity, e => Shape.Of(e, db.GetService<ISqlGenerationHelper>(), db.Database.ProviderName));
        var command = connection.CreateCommand();
        command.CommandText = shape.Sql;
        command.Transaction = transaction;
        return new RowInserter(command, shape);
    }

    /// <summary>An inserter on the context's open connection and current transaction.</summary>
    public static RowInserter Create<T>(DbContext db) =>
        Create<T>(db, db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction());

    public int Insert(object row)
    {
        Bind(row);
        return _command.ExecuteNonQuery();
    }

    public Task<int> InsertAsync(object row, CancellationToken ct = default)
    {
        Bind(row);
        return _command.ExecuteNonQueryAsync(ct);
    }

    private void Bind(object row)
    {
        for (var i = 0; i < _shape.Columns.Length; i++)
        {
            var (property, mapping) = _shape.Columns[i];
            var value = property.GetGetter().GetClrValueUsingContainingEntity(row);
            var converter = property.GetValueConverter() ?? mapping.Converter;
            _parameters[i].Value = (converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
        }
    }

    public void Dispose() => _command.Dispose();

    public ValueTask DisposeAsync() => _command.DisposeAsync();

    private sealed record Shape(string Sql, (IProperty Property, RelationalTypeMapping Mapping)[] Columns, string[] Names)
    {
        public static Shape Of(IEntityType entity, ISqlGenerationHelper sql, string? provider)
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var columns = entity.GetProperties()
                .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd && p.ClrType != typeof(Guid)))
                .Select(p => (p, p.GetRelationalTypeMapping())).ToArray();
            var names = columns.Select((_, i) => $"@p{i}").ToArray();
            // SQLite has no schemas: EF ignores the model's schema there, and so must we.
            var schema = provider == "Microsoft.EntityFrameworkCore.Sqlite" ? null : table.Schema;
            var text = $"INSERT INTO {sql.DelimitIdentifier(table.Name, schema)} " +
                $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.p.GetColumnName(table)!)))}) VALUES ({string.Join(", ", names)})";
            return new Shape(text, columns, names);
        }
    }
}
