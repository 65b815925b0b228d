using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Faults;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Messaging;

/// <summary>
/// The idempotent consumer: the inbox row (message id, consumer) and the effect commit in one transaction,
/// so a redelivered message finds its row and has no second effect.
/// </summary>
public static class InboxGuard
{
    /// <summary>
    /// Runs <paramref name="effect"/> once per message and consumer, in a transaction (inside the provider's
    /// execution strategy), and saves it. False when the message was already processed. The change tracker is
    /// cleared first (a retried attempt starts clean), so load what the effect needs inside it.
    /// </summary>
    public static Task<bool> ProcessOnceAsync(
        ClaimsDbContext db, Guid messageId, string consumer, DateTime now, Func<CancellationToken, Task> effect, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            if (!await TryBeginAsync(db, messageId, consumer, now, token))
            {
                return false;
            }

            FaultHook.Hit(FaultPoint.InInbox);
            await effect(token);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return true;
        }, ct);

    /// <summary>
    /// The batch form of <see cref="ProcessOnceAsync"/>: one transaction for many messages. <paramref name="effect"/> gets
    /// the ids not processed before (the others are duplicates and must have no effect); their inbox rows commit with it.
    /// A concurrent duplicate fails the whole transaction on the key, and the retry then sees it as processed.
    /// </summary>
    public static Task<IReadOnlySet<Guid>> ProcessBatchOnceAsync(
        ClaimsDbContext db, IReadOnlyCollection<Guid> messageIds, string consumer, DateTime now, Func<IReadOnlySet<Guid>, CancellationToken, Task> effect, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var seen = await db.InboxMessages.Where(m => m.Consumer == consumer && messageIds.Contains(m.MessageId)).Select(m => m.MessageId).ToListAsync(token);
            IReadOnlySet<Guid> fresh = messageIds.Except(seen).ToHashSet();
            // One prepared INSERT on SQLite (EF sends a statement per row there); a concurrent duplicate still fails on the key.
            await db.InsertManyAsync(fresh.Select(id => InboxMessage.Create(id, consumer, now)).ToList(), token);
            FaultHook.Hit(FaultPoint.InInbox);
            await effect(fresh, token);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return fresh;
        }, ct);

    /// <summary>
    /// Inserts the inbox row inside the caller's open transaction; false when it already exists (the caller then
    /// skips the effect). The insert takes the key's lock, so a concurrent duplicate waits and then sees the row.
    /// </summary>
    public static async Task<bool> TryBeginAsync(ClaimsDbContext db, Guid messageId, string consumer, DateTime now, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("InboxGuard needs an open transaction: the inbox row must commit with the effect.");
        }

        if (await db.InboxMessages.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, ct))
        {
            return false;
        }

        var entry = db.InboxMessages.Add(InboxMessage.Create(messageId, consumer, now));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException ex) when (DbErrors.IsDuplicateKey(ex))
        {
            entry.State = EntityState.Detached;
            return false;
        }
    }
}
