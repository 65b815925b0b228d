using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Idempotency;

/// <summary>Forgets Idempotency-Keys older than a week: clients retry within minutes.</summary>
public sealed class IdempotencyPurge(IServiceScopeFactory scopes, TimeProvider time) : RetentionPurge(scopes, time)
{
    public override string Name => "api.idempotency-purge";

    public override TimeOnly RunAfter => new(2, 0);

    protected override string What => "idempotency keys";

    protected override TimeSpan Retention => TimeSpan.FromDays(7);

    protected override Task<int> DeleteAsync(ClaimsDbContext db, DateTime before, CancellationToken ct) =>
        db.Set<IdempotencyRecord>().Where(r => r.CreatedAt < before).ExecuteDeleteAsync(ct);
}

public static class IdempotencyRegistration
{
    public static IServiceCollection AddIdempotencyKeys(this IServiceCollection services) =>
        services.AddSingleton<IDailyJob, IdempotencyPurge>();
}
