using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Messaging;

/// <summary>
/// Reserves due outbox rows for one relay: a guarded UPDATE moves their NextAttemptAt to a lease stamp only this
/// claim uses, so two relays never hold the same row; rows of a relay that died are free again when the lease ends.
/// </summary>
public static class OutboxClaims
{
    /// <summary>Reads a claim makes when other relays keep taking the rows it picked.</summary>
    private const int Attempts = 3;

    /// <summary>
    /// Claims up to <paramref name="batchSize"/> due rows. When another relay took every row this one picked between its
    /// read and its update, it reads again (up to <see cref="Attempts"/> times): rows may still be due past them, and an
    /// empty claim would leave them until the next poll.
    /// </summary>
    public static async Task<List<OutboxMessage>> ClaimAsync(ClaimsDbContext db, DateTime now, int batchSize, TimeSpan lease, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var due = await db.OutboxMessages
                .Where(m => m.SentAt == null && m.NextAttemptAt <= now)
                .OrderBy(m => m.Id)
                .Select(m => m.Id)
                .Take(batchSize)
                .ToListAsync(ct);
            if (due.Count == 0)
            {
                return [];
            }

            var stamp = LeaseStamp(now + lease);
            var claimed = await db.OutboxMessages
                .Where(m => due.Contains(m.Id) && m.SentAt == null && m.NextAttemptAt <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, stamp), ct);
            if (claimed > 0)
            {
                return await db.OutboxMessages
                    .Where(m => due.Contains(m.Id) && m.SentAt == null && m.NextAttemptAt == stamp)
                    .OrderBy(m => m.Id)
                    .ToListAsync(ct);
            }
        }

        return [];
    }

    /// <summary>
    /// The lease end plus a random part below one second, in whole microseconds (PostgreSQL's precision),
    /// so the stamp identifies this claim; a collision costs a duplicate send, which the inbox absorbs.
    /// </summary>
    internal static DateTime LeaseStamp(DateTime until)
    {
        var micros = until.Ticks / 10 + Random.Shared.Next(0, 1_000_000);
        return new DateTime(micros * 10, DateTimeKind.Utc);
    }
}
