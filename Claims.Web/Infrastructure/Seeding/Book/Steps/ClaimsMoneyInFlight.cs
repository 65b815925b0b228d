using Claims.Domain.Claims;
using Claims.Domain.Estimates;

namespace Claims.Web.Infrastructure.Seeding.Book.Steps;

/// <summary>
/// In flight, money: a Shanghai claim approved for payment to its repair shop with a partial payment made (the adjuster's
/// "Pay and close" task), and a fresh claim whose reserve the adjuster raised above their authority (the senior's approval).
/// </summary>
public sealed class ClaimsMoneyInFlight : IDemoStep
{
    public int Order => 116;

    public string Name => "claims with money in flight";

    public async Task<int> RunAsync(DemoBook book, CancellationToken ct)
    {
        var count = 0;
        var paying = await DemoClaims.SurveyedAsync(book, "SH", 19, 70, 30, DemoEstimate.Catalogue, ShopClass.Class1, ct, payee: true);
        var claim = await DemoClaims.LoadAsync(book, paying);
        if (claim.Status == ClaimStatus.Approved)
        {
            book.At(book.AsOf.AddHours(-8));
            await DemoMoney.PayAsync(book, claim, Math.Round(claim.Totals.Payable.Amount * 0.5m, 2), final: false, ct);
            count++;
        }

        var policies = await DemoClaims.PoliciesAsync(book, "SH", book.AsOfDate.AddDays(-10));
        var raised = await DemoClaims.ReportAsync(book, policies[25 % policies.Count], book.AsOf.AddHours(-12), ct, "Full");
        book.At(book.AsOf.AddHours(-4));
        await DemoMoney.ChangeReserveAsync(book, await DemoClaims.LoadAsync(book, raised), 32_000m,
            "Airbags deployed and the front subframe is bent: far above the average reserve.", ct);
        return count + 1;
    }
}
