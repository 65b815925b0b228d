using Claims.Domain.Estimates;
using Claims.Web.Infrastructure.Seeding.Demo;

namespace Claims.Web.Infrastructure.Seeding.Book.Steps;

/// <summary>
/// History: claims in every region over the past year, surveyed, estimated and paid, some after a price check or a
/// senior adjuster's approval, a third paid to the repair shop in
/// part then finally and exported to the bank, the rest straight through; with cycle times from days to weeks; 4S-dealer repairs are sampled for re-inspection.
/// </summary>
public sealed class ClaimsPaid : IDemoStep
{
    private static readonly (string Region, int Count)[] Regions = [("SH", 16), ("BJ", 8), ("GD", 8)];

    public int Order => 20;

    public string Name => "claims paid";

    public async Task<int> RunAsync(DemoBook book, CancellationToken ct)
    {
        var paid = 0;
        foreach (var (region, count) in Regions)
        {
            var policies = await DemoClaims.PoliciesAsync(book, region, book.AsOfDate.AddDays(-60));
            for (var i = 0; i < count && i < policies.Count; i++)
            {
                var policy = policies[(i * 7) % policies.Count];
                var earliest = policy.StartDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(5);
                var span = Math.Max(1, (int)(book.AsOf.AddDays(-45) - earliest).TotalDays);
                var lossAt = earliest.AddDays(book.Random.Next(0, span)).AddHours(book.Random.Next(7, 22));
                var id = await DemoClaims.ReportAsync(book, policy, lossAt, ct);
                var kind = book.Random.PickWeighted<DemoEstimate>([(DemoEstimate.Catalogue, 6), (DemoEstimate.OverCatalogue, 2), (DemoEstimate.AboveAuthority, 1)]);
                var shop = book.Random.PickWeighted<ShopClass>([(ShopClass.FourS, 3), (ShopClass.Class1, 5), (ShopClass.Class2, 2)]);
                // Most repairs are surveyed within days; some wait weeks for parts or a disputed liability.
                var waitDays = book.Random.PickWeighted<(int, int)>([((1, 5), 5), ((6, 12), 3), ((13, 35), 2), ((36, 80), 1)]);
                var surveyed = lossAt.AddDays(book.Random.Next(waitDays.Item1, waitDays.Item2 + 1)).AddHours(book.Random.Next(0, 6));
                await DemoClaims.EstimateAsync(book, id, surveyed, kind, shop, ct, payee: i % 3 == 1);
                paid += await DemoClaims.SettleAsync(book, id, surveyed, TimeSpan.FromDays(7), ct) ? 1 : 0;
            }
        }

        return paid;
    }
}
