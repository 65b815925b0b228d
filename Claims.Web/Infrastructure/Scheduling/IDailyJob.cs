namespace Claims.Web.Infrastructure.Scheduling;

/// <summary>Work done once a day across all nodes; it must be idempotent, since a crashed run is taken over and redone.</summary>
public interface IDailyJob
{
    string Name { get; }

    /// <summary>UTC time of day after which the day's run starts.</summary>
    TimeOnly RunAfter { get; }

    Task<string> RunAsync(DateOnly runDate, CancellationToken ct);
}
