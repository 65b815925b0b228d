using Claims.Domain.Claims;

namespace Claims.Domain.Financials;

/// <summary>The reserve set at notice: the configured average for the loss region and cause, else the cause's average.</summary>
public static class AverageReserve
{
    public static decimal? For(
        IReadOnlyDictionary<string, decimal> byCause, IReadOnlyDictionary<string, Dictionary<string, decimal>> byRegion, LossCause cause, string region)
    {
        var regional = byRegion.FirstOrDefault(r => string.Equals(r.Key, region, StringComparison.OrdinalIgnoreCase)).Value;
        return Find(regional, cause) ?? Find(byCause, cause);
    }

    private static decimal? Find(IReadOnlyDictionary<string, decimal>? averages, LossCause cause) =>
        averages?.FirstOrDefault(a => string.Equals(a.Key, cause.ToString(), StringComparison.OrdinalIgnoreCase)) is { Key: not null } hit ? hit.Value : null;
}
