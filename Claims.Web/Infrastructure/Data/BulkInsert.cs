using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Claims.Web.Infrastructure.Data;

/// <summary>
/// Inserts many rows of one table in one go. EF's SQLite provider sends one statement per row (~0.25 ms each),
/// so on SQLite flat tables go through one reused INSERT built from the EF model (<see cref="RowInserter"/>); elsewhere AddRange + SaveChanges.
/// Runs inside the caller's transaction when there is one; outbox rows wake the relay when it commits.
/// </summary>
public static class BulkInsert
{
    public static async Task InsertManyAsync<T>(this ClaimsDbContext db, IReadOnlyCollection<T> rows, CancellationToken ct)
        where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        if (db.Database.IsSqlite() && IsFlat(entityType))
        {
            await SqliteInsertAsync(db, rows, ct);
            return;
        }

        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.Set<T>().AddRange(rows);
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>One table, no owned types, no shadow state: every column value is readable from the object.</summary>
    private static bool IsFlat(IEntityType entityType) =>
        entityType.GetTableName() is not null
        && !entityType.GetNavigations().Any()
        && !entityType.GetComplexProperties().Any()
        && !entityType.GetProperties().Any(p => p.IsShadowProperty());

    private static async Task SqliteInsertAsync<T>(ClaimsDbContext db, IReadOnlyCollection<T> rows, CancellationToken ct)
        where T : class
    {
        var owned = db.Database.CurrentTransaction is null;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = owned ? await db.Database.BeginTransactionAsync(ct) : null;
            if (typeof(T) == typeof(OutboxMessage))
            {
                OutboxSignalInterceptor.Expect(db);
            }

            // The engine's journal writer: one INSERT built from the EF model, reused for every row.
            await using var inserter = RowInserter.Create<T>(db);
            foreach (var row in rows)
            {
                await inserter.InsertAsync(row, ct);
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
