using Claims.Domain.Estimates;

namespace Claims.Web.Infrastructure.Seeding.Book.Steps;

/// <summary>In flight: 4S-dealer repairs paid in the last hours in Shanghai and Beijing, sampled at closure: each region's re-inspector has an audit to do.</summary>
public sealed class AuditsOpen : IDemoStep
{
    public int Order => 113;

    public string Name => "audits open";

    public async Task<int> RunAsync(DemoBook book, CancellationToken ct)
    {
        var count = 0;
        foreach (var region in (string[])["SH", "BJ"])
        {
            var id = await DemoClaims.SurveyedAsync(book, region, 17, 50, 7, DemoEstimate.Catalogue, ShopClass.FourS, ct);
            count += await DemoClaims.SettleAsync(book, id, book.AsOf.AddHours(-7), TimeSpan.FromHours(4), ct) ? 1 : 0;
        }

        return count;
    }
}
