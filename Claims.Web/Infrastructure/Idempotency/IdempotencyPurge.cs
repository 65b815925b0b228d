using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Idempotency;

/// <summary>Forgets Idempotency-Keys older than a week: clients retry within minutes, and the table must not grow forever.</summary>
public sealed class IdempotencyPurge(IServiceScopeFactory scopes, TimeProvider time) : IDailyJob
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(7);

    public string Name => "api.idempotency-purge";

    public TimeOnly RunAfter => new(2, 0);

    public async Task<string> RunAsync(DateOnly runDate, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var before = time.GetUtcNow().UtcDateTime - Retention;
        var purged = await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().Set<IdempotencyRecord>()
            .Where(r => r.CreatedAt < before).ExecuteDeleteAsync(ct);
        return $"{purged} keys older than {before:yyyy-MM-dd HH:mm} forgotten";
    }
}

public static class IdempotencyRegistration
{
    public static IServiceCollection AddIdempotencyKeys(this IServiceCollection services) =>
        services.AddSingleton<IDailyJob, IdempotencyPurge>();
}
