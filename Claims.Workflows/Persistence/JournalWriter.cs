using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Claims.Workflows.Persistence;

/// <summary>
/// On SQLite, writes a unit of work's journal rows with one reused INSERT on the DbContext's own connection and
/// transaction, just before that transaction commits, so they commit or roll back with the business change. EF Core
/// sends SQLite one command per row with a RETURNING of the key, which was most of a workflow start (18 of its 21 rows).
/// The rows stay tracked until SaveChanges, so <c>ChangeTracker.Clear()</c> still drops them and a failed save puts them back.
/// PostgreSQL and SQL Server keep EF Core's path: it already sends the rows in one round trip there.
/// </summary>
public sealed class JournalWriter : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private const string Sqlite = "Microsoft.EntityFrameworkCore.Sqlite";

    private static readonly ConditionalWeakTable<DbContext, Pending> ByContext = new();

    /// <summary>Rows of the save in progress, and rows saved inside a transaction that has not committed yet.</summary>
    private sealed class Pending
    {
        public List<JournalRecord> Saving { get; } = [];
        public List<JournalRecord> Saved { get; } = [];
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Take(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Restore(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Restore(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Restore(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Restore(eventData.Context);
        return Task.CompletedTask;
    }

    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Restore(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Restore(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (Rows(eventData.Context) is { } rows)
        {
            using var insert = RowInserter.Create<JournalRecord>(eventData.Context!, transaction.Connection!, transaction);
            foreach (var row in rows)
            {
                insert.Insert(row);
            }
        }

        return result;
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (Rows(eventData.Context) is { } rows)
        {
            await using var insert = RowInserter.Create<JournalRecord>(eventData.Context!, transaction.Connection!, transaction);
            foreach (var row in rows)
            {
                await insert.InsertAsync(row, cancellationToken);
            }
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => ForgetSaved(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetSaved(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Stops EF Core from inserting the journal rows of this save; they go in at commit instead.</summary>
    private static void Take(DbContext? context)
    {
        if (context is null || context.Database.ProviderName != Sqlite)
        {
            return;
        }

        var database = context.Database;
        if (database.CurrentTransaction is null && database.AutoTransactionBehavior == AutoTransactionBehavior.Never)
        {
            return; // no transaction to join: EF Core writes them
        }

        var tracker = context.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false; // SaveChanges detects changes next anyway; an added row is added regardless
        try
        {
            var added = tracker.Entries<JournalRecord>().Where(e => e.State == EntityState.Added).ToList();
            if (added.Count == 0)
            {
                return;
            }

            // A save of one statement would otherwise run without a transaction, and there would be no commit to join.
            database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
            var pending = ByContext.GetOrCreateValue(context);
            foreach (var entry in added)
            {
                pending.Saving.Add(entry.Entity);
                entry.State = EntityState.Detached;
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    private static List<JournalRecord>? Rows(DbContext? context) =>
        context is not null && ByContext.TryGetValue(context, out var pending) && pending.Saving.Count + pending.Saved.Count > 0
            ? [.. pending.Saved, .. pending.Saving]
            : null;

    /// <summary>The save succeeded inside a caller's transaction: its rows wait for that commit.</summary>
    private static void Saved(DbContext? context)
    {
        if (context is not null && ByContext.TryGetValue(context, out var pending))
        {
            pending.Saved.AddRange(pending.Saving);
            pending.Saving.Clear();
        }
    }

    /// <summary>The save failed: its rows are added again, as EF Core leaves its own added rows after a failed save.</summary>
    private static void Restore(DbContext? context)
    {
        if (context is not null && ByContext.TryGetValue(context, out var pending))
        {
            foreach (var row in pending.Saving)
            {
                context.Add(row);
            }

            pending.Saving.Clear();
        }
    }

    private static void Forget(DbContext? context)
    {
        if (context is not null && ByContext.TryGetValue(context, out var pending))
        {
            pending.Saving.Clear();
            pending.Saved.Clear();
        }
    }

    private static void ForgetSaved(DbContext? context)
    {
        if (context is not null && ByContext.TryGetValue(context, out var pending))
        {
            pending.Saved.Clear();
        }
    }
}
