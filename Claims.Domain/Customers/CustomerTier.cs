namespace Claims.Domain.Customers;

/// <summary>A policyholder's current tier with the facts it was computed from; recomputed nightly.</summary>
public sealed class CustomerTier
{
    private CustomerTier() { }

    public Guid PolicyholderId { get; private set; }
    public string Tier { get; private set; } = CustomerTiers.Lowest;
    public decimal AnnualPremium { get; private set; }
    public int TenureYears { get; private set; }
    public int ClaimsLast3Years { get; private set; }
    public DateTime ComputedAt { get; private set; }

    public static CustomerTier For(Guid policyholderId) => new() { PolicyholderId = policyholderId };

    public void Apply(string tier, CustomerFacts facts, DateTime now)
    {
        Tier = tier;
        AnnualPremium = facts.AnnualPremium;
        TenureYears = facts.TenureYears;
        ClaimsLast3Years = facts.ClaimsLast3Years;
        ComputedAt = now;
    }
}
