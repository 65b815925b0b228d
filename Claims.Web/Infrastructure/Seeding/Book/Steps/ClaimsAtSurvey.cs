namespace Claims.Web.Infrastructure.Seeding.Book.Steps;

/// <summary>In flight: fresh notices in every region, waiting for the assigned adjuster's survey and estimate.</summary>
public sealed class ClaimsAtSurvey : IDemoStep
{
    public int Order => 110;

    public string Name => "claims at survey";

    public async Task<int> RunAsync(DemoBook book, CancellationToken ct)
    {
        var count = 0;
        foreach (var region in (string[])["SH", "SH", "BJ", "GD"])
        {
            var policies = await DemoClaims.PoliciesAsync(book, region, book.AsOfDate.AddDays(-10));
            await DemoClaims.ReportAsync(book, policies[((count * 5) + 3) % policies.Count], book.AsOf.AddHours(-16 + (count * 2)), ct);
            count++;
        }

        return count;
    }
}
