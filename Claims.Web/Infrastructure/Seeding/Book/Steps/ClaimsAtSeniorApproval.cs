using Claims.Domain.Estimates;

namespace Claims.Web.Infrastructure.Seeding.Book.Steps;

/// <summary>In flight: an estimate above the adjuster's settlement authority, waiting for the senior adjuster.</summary>
public sealed class ClaimsAtSeniorApproval : IDemoStep
{
    public int Order => 112;

    public string Name => "claims at senior approval";

    public async Task<int> RunAsync(DemoBook book, CancellationToken ct)
    {
        await DemoClaims.SurveyedAsync(book, "SH", 13, 40, 3, DemoEstimate.AboveAuthority, ShopClass.Class1, ct);
        return 1;
    }
}
