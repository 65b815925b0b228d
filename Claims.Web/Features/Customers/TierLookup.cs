using Claims.Domain.Customers;
using Claims.Web.Features.Renewals;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Customers;

/// <summary>The tiers of the last nightly recomputation; a customer not yet computed has none.</summary>
public sealed class TierLookup(IServiceScopeFactory scopes) : ITierLookup
{
    public async Task<IReadOnlyDictionary<Guid, string>> TiersAsync(IReadOnlyCollection<Guid> policyholderIds, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        return await db.Set<CustomerTier>().AsNoTracking().Where(t => policyholderIds.Contains(t.PolicyholderId))
            .ToDictionaryAsync(t => t.PolicyholderId, t => t.Tier, ct);
    }
}
