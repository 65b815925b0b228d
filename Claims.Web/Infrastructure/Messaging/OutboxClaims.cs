using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Messaging;

/// <summary>
/// Reserves due outbox rows for one relay batch: a guarded UPDATE writes the batch's claimant and moves NextAttemptAt to
/// the lease end, so two relays never hold the same row; rows of a relay that died are free again when the lease ends.
/// </summary>
public static class OutboxClaims
{
    /// <summary>Reads a claim makes when other relays keep taking the rows it picked.</summary>
    private const int Attempts = 3;

    /// <summary>
    /// Claims up to <paramref name="batchSize"/> due rows for <paramref name="claimant"/> (unique per batch). When another
    /// relay took every row this one picked between its read and its update, it reads again (up to <see cref="Attempts"/>
    /// times): rows may still be due past them, and an empty claim would leave them until the next poll.
    /// </summary>
    public static async Task<List<OutboxMessage>> ClaimAsync(
        ClaimsDbContext db, DateTime now, int batchSize, TimeSpan lease, string claimant, CancellationToken ct)
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

            var until = now + lease;
            var claimed = await db.OutboxMessages
                .Where(m => due.Contains(m.Id) && m.SentAt == null && m.NextAttemptAt <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, until).SetProperty(m => m.ClaimedBy, claimant), ct);
            if (claimed > 0)
            {
                return await db.OutboxMessages
                    .Where(m => due.Contains(m.Id) && m.SentAt == null && m.ClaimedBy == claimant)
                    .OrderBy(m => m.Id)
                    .ToListAsync(ct);
            }
        }

        return [];
    }

    /// <summary>Pushes the lease end of every unsent row the given batches still hold to <paramref name="until"/>.</summary>
    public static Task<int> RenewAsync(ClaimsDbContext db, IReadOnlyCollection<string> claimants, DateTime until, CancellationToken ct) =>
        db.OutboxMessages
            .Where(m => m.ClaimedBy != null && claimants.Contains(m.ClaimedBy) && m.SentAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, until), ct);

    /// <summary>Frees, due now, the unsent rows a batch still holds (it will not send them).</summary>
    public static Task<int> ReleaseAsync(ClaimsDbContext db, IReadOnlyCollection<long> ids, string claimant, DateTime now, CancellationToken ct) =>
        db.OutboxMessages
            .Where(m => ids.Contains(m.Id) && m.SentAt == null && m.ClaimedBy == claimant)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, now).SetProperty(m => m.ClaimedBy, (string?)null), ct);

    /// <summary>
    /// Frees, due now, every unsent row held by a batch of an earlier run of <paramref name="node"/>: a restarted node
    /// takes back what it claimed before it died instead of waiting out the lease.
    /// </summary>
    public static Task<int> ReclaimAsync(ClaimsDbContext db, string node, DateTime now, CancellationToken ct)
    {
        var prefix = node + OutboxLeases.Separator;
        return db.OutboxMessages
            .Where(m => m.ClaimedBy != null && m.ClaimedBy.StartsWith(prefix) && m.SentAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, now).SetProperty(m => m.ClaimedBy, (string?)null), ct);
    }
}
