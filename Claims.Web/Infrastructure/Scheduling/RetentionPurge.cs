using Claims.Web.Infrastructure.Data;

namespace Claims.Web.Infrastructure.Scheduling;

/// <summary>A daily job that deletes the rows of one kind older than their retention, so a table that only grows stays small.</summary>
public abstract class RetentionPurge(IServiceScopeFactory scopes, TimeProvider time) : IDailyJob
{
    public abstract string Name { get; }

    public abstract TimeOnly RunAfter { get; }

    /// <summary>What the rows are, for the run's summary ("idempotency keys").</summary>
    protected abstract string What { get; }

    protected abstract TimeSpan Retention { get; }

    /// <summary>Deletes the rows older than <paramref name="before"/> in one statement and says how many.</summary>
    protected abstract Task<int> DeleteAsync(ClaimsDbContext db, DateTime before, CancellationToken ct);

    public async Task<string> RunAsync(DateOnly runDate, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var before = time.GetUtcNow().UtcDateTime - Retention;
        var purged = await DeleteAsync(scope.ServiceProvider.GetRequiredService<ClaimsDbContext>(), before, ct);
        return $"{purged} {What} from before {before:yyyy-MM-dd HH:mm} deleted";
    }
}
