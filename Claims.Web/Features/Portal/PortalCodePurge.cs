using Claims.Domain.Portal;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Portal;

/// <summary>Deletes one-time codes a day after they expired: used or not, they open nothing any more, and the table must not grow forever.</summary>
public sealed class PortalCodePurge(IServiceScopeFactory scopes, TimeProvider time) : IDailyJob
{
    public static readonly TimeSpan KeptAfterExpiry = TimeSpan.FromDays(1);

    public string Name => "portal.code-purge";

    public TimeOnly RunAfter => new(2, 15);

    public async Task<string> RunAsync(DateOnly runDate, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var before = time.GetUtcNow().UtcDateTime - KeptAfterExpiry;
        var purged = await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().Set<OneTimeCode>()
            .Where(c => c.ExpiresAt < before).ExecuteDeleteAsync(ct);
        return $"{purged} codes expired before {before:yyyy-MM-dd HH:mm} deleted";
    }
}
