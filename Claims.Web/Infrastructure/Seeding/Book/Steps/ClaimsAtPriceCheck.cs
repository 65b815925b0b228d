using Claims.Domain.Estimates;

namespace Claims.Web.Infrastructure.Seeding.Book.Steps;

/// <summary>In flight: an estimate with a part priced over the catalogue, waiting for the price checker.</summary>
public sealed class ClaimsAtPriceCheck : IDemoStep
{
    public int Order => 111;

    public string Name => "claims at price check";

    public async Task<int> RunAsync(DemoBook book, CancellationToken ct)
    {
        await DemoClaims.SurveyedAsync(book, "SH", 11, 30, 4, DemoEstimate.OverCatalogue, ShopClass.Class1, ct);
        return 1;
    }
}
