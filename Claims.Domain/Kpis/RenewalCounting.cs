namespace Claims.Domain.Kpis;

/// <summary>What renewal counting needs of a policy; <paramref name="RenewedByPolicyId"/> is set when the renewal flow issued its successor.</summary>
public sealed record PolicyTerm(Guid PolicyId, Guid PolicyholderId, Guid VehicleId, string RegionCode, DateOnly StartDate, DateOnly ExpiryDate, Guid? RenewedByPolicyId = null);

/// <summary>Due and renewed policies for one region and month of expiry.</summary>
public sealed record RenewalCount(string RegionCode, int Year, int Month, int Due, int Renewed)
{
    public decimal? Rate => Kpi.RenewalRate(Renewed, Due);
}

/// <summary>
/// The one place that tells whether a policy renewed: a policy is due when it expires in the period; it renewed when the
/// renewal flow issued its successor (a renewal later cancelled still counts: the customer renewed), or when another
/// policy for the same policyholder and vehicle starts the day after its expiry (renewed through a new proposal).
/// </summary>
public static class RenewalCounting
{
    public static bool Renewed(PolicyTerm expiring, IEnumerable<PolicyTerm> all) =>
        expiring.RenewedByPolicyId is not null || all.Any(p => p.PolicyId != expiring.PolicyId && p.PolicyholderId == expiring.PolicyholderId && p.VehicleId == expiring.VehicleId
            && p.StartDate == expiring.ExpiryDate.AddDays(1));

    /// <summary>By region and month of expiry, for the policies expiring in [from, to]; <paramref name="all"/> must include the successors.</summary>
    public static IReadOnlyList<RenewalCount> ByRegionAndMonth(IReadOnlyCollection<PolicyTerm> all, DateOnly from, DateOnly to)
    {
        var successors = all.ToLookup(p => (p.PolicyholderId, p.VehicleId, p.StartDate));
        return [.. all.Where(p => p.ExpiryDate >= from && p.ExpiryDate <= to)
            .GroupBy(p => (p.RegionCode, p.ExpiryDate.Year, p.ExpiryDate.Month))
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Month).ThenBy(g => g.Key.RegionCode)
            .Select(g => new RenewalCount(g.Key.RegionCode, g.Key.Year, g.Key.Month, g.Count(),
                g.Count(p => p.RenewedByPolicyId is not null || successors[(p.PolicyholderId, p.VehicleId, p.ExpiryDate.AddDays(1))].Any(s => s.PolicyId != p.PolicyId))))];
    }
}
