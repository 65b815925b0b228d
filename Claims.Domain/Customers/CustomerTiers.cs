namespace Claims.Domain.Customers;

/// <summary>What a tier is decided on: a year's premium, years as a customer, claims in the last three years.</summary>
public sealed record CustomerFacts(decimal AnnualPremium, int TenureYears, int ClaimsLast3Years);

/// <summary>One row of the tier table (reference data): the first row a customer meets, in rank order, is their tier.</summary>
public sealed class TierRule
{
    private TierRule() { }

    public string Tier { get; private set; } = "";
    public int Rank { get; private set; }
    public decimal MinAnnualPremium { get; private set; }
    public int MinTenureYears { get; private set; }
    public int MaxClaimsLast3Years { get; private set; }

    public static TierRule Create(string tier, int rank, decimal minAnnualPremium, int minTenureYears, int maxClaimsLast3Years) => new()
    {
        Tier = tier, Rank = rank, MinAnnualPremium = minAnnualPremium, MinTenureYears = minTenureYears, MaxClaimsLast3Years = maxClaimsLast3Years,
    };

    public bool Admits(CustomerFacts f) =>
        f.AnnualPremium >= MinAnnualPremium && f.TenureYears >= MinTenureYears && f.ClaimsLast3Years <= MaxClaimsLast3Years;
}

public static class CustomerTiers
{
    public const string Lowest = "C";

    /// <summary>The default table: VIP, A and B by value and loyalty, C for everyone else.</summary>
    public static IReadOnlyList<TierRule> Defaults { get; } =
    [
        TierRule.Create("VIP", 1, 15_000m, 3, 1),
        TierRule.Create("A", 2, 6_000m, 1, 2),
        TierRule.Create("B", 3, 2_500m, 0, 3),
    ];

    public static string Classify(CustomerFacts facts, IEnumerable<TierRule> rules) =>
        rules.OrderBy(r => r.Rank).FirstOrDefault(r => r.Admits(facts))?.Tier ?? Lowest;
}
