namespace Claims.Web.Infrastructure.Seeding.Book.Steps;

/// <summary>History: proposals asking commission over the cap, declined by the underwriter.</summary>
public sealed class ProposalsDeclined : IDemoStep
{
    public int Order => 11;

    public string Name => "proposals declined";

    public async Task<int> RunAsync(DemoBook book, CancellationToken ct)
    {
        const int count = 4;
        for (var i = 0; i < count; i++)
        {
            var at = book.AsOf.AddDays(-300 + (i * 70)).AddHours(10);
            var (_, instance) = await DemoProposals.SubmitAsync(book, at, DemoRisk.HighCommission, ct);
            book.At(at.AddHours(1));
            await DemoProposals.DiscloseAsync(book, instance, ct);
            book.At(at.AddDays(2));
            await DemoProposals.DecideAsync(book, instance, "Decline", "Commission above the 25% cap; the agent would not reduce it.", ct);
        }

        return count;
    }
}
