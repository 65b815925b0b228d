using System.Collections.Concurrent;
using Claims.Web.Infrastructure.Data;

namespace Claims.Web.Infrastructure.Messaging;

/// <summary>
/// The outbox batches this node holds and their lease ends. Claimants are "{stable node name}#{batch}", so a restarted
/// node finds its own; a heartbeat renews live batches, so the lease can be short and a dead node's rows move in seconds.
/// </summary>
public sealed class OutboxLeases(IConfiguration configuration, MessagingOptions options, TimeProvider time)
{
    public const char Separator = '#';

    private readonly ConcurrentDictionary<string, DateTime> _held = new();

    public string Node { get; } = NodeName.Stable(configuration);

    /// <summary>A new batch's claimant, held until <paramref name="until"/>.</summary>
    public string Hold(DateTime until)
    {
        var claimant = $"{Node}{Separator}{Guid.NewGuid():N}";
        _held[claimant] = until;
        return claimant;
    }

    /// <summary>When the batch's lease ends as far as this node knows (the claim or its last renewal); past when released.</summary>
    public DateTime HeldUntil(string claimant) => _held.TryGetValue(claimant, out var until) ? until : DateTime.MinValue;

    public void Release(string claimant) => _held.TryRemove(claimant, out _);

    /// <summary>Renews every batch still held; returns the rows renewed.</summary>
    public async Task<int> RenewAsync(ClaimsDbContext db, CancellationToken ct)
    {
        var claimants = _held.Keys.ToList();
        if (claimants.Count == 0)
        {
            return 0;
        }

        var until = time.GetUtcNow().UtcDateTime + options.RelayLease;
        var renewed = await OutboxClaims.RenewAsync(db, claimants, until, ct);
        foreach (var claimant in claimants)
        {
            if (_held.TryGetValue(claimant, out var before) && before < until)
            {
                _held.TryUpdate(claimant, until, before);
            }
        }

        return renewed;
    }
}
