namespace Claims.Web.Features.Renewals;

/// <summary>The customer tier (VIP / A / B / C) of policyholders; until tiers are computed everyone is untiered.</summary>
public interface ITierLookup
{
    Task<IReadOnlyDictionary<Guid, string>> TiersAsync(IReadOnlyCollection<Guid> policyholderIds, CancellationToken ct);
}

public sealed class NoTiers : ITierLookup
{
    public Task<IReadOnlyDictionary<Guid, string>> TiersAsync(IReadOnlyCollection<Guid> policyholderIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<Guid, string>>(new Dictionary<Guid, string>());
}
