using Claims.Domain.Portal;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Portal;

/// <summary>Deletes one-time codes a day after they expired: used or not, they open nothing any more.</summary>
public sealed class PortalCodePurge(IServiceScopeFactory scopes, TimeProvider time) : RetentionPurge(scopes, time)
{
    public override string Name => "portal.code-purge";

    public override TimeOnly RunAfter => new(2, 15);

    protected override string What => "one-time codes expired";

    protected override TimeSpan Retention => TimeSpan.FromDays(1);

    protected override Task<int> DeleteAsync(ClaimsDbContext db, DateTime before, CancellationToken ct) =>
        db.Set<OneTimeCode>().Where(c => c.ExpiresAt < before).ExecuteDeleteAsync(ct);
}
