namespace Claims.Web.Infrastructure.Seeding.Book.Steps;

/// <summary>History: a year and more of the demo agent's proposals, clean ones issued at once, the others accepted or loaded by an underwriter.</summary>
public sealed class PoliciesIssued : IDemoStep
{
    public const int Count = 30;

    /// <summary>The first third start early enough to come up for renewal before the book's date.</summary>
    public const int EarlyCount = 10;

    public int Order => 10;

    public string Name => "policies issued";

    public async Task<int> RunAsync(DemoBook book, CancellationToken ct)
    {
        for (var i = 0; i < Count; i++)
        {
            var daysBack = i < EarlyCount ? 410 - (i * 3) : 360 - ((i - EarlyCount) * 17);
            var at = book.AsOf.AddDays(-daysBack).AddHours(9 + book.Random.Next(0, 8));
            var risk = i % 5 == 3 ? DemoRisk.YoungDriver : DemoRisk.Clean;
            var (_, instance) = await DemoProposals.SubmitAsync(book, at, risk, ct);
            book.At(at.AddHours(2));
            await DemoProposals.DiscloseAsync(book, instance, ct);
            if (risk == DemoRisk.YoungDriver)
            {
                book.At(at.AddDays(1 + book.Random.Next(0, 3)));
                await DemoProposals.DecideAsync(book, instance, i % 2 == 0 ? "Load" : "Accept", "Young driver with a clean record; usual terms for the age.", ct);
            }
        }

        return Count;
    }
}
