namespace Claims.Web.Infrastructure.Seeding.Book.Steps;

/// <summary>In flight: proposals with a young driver, disclosed in the last hours and waiting in the underwriter's queue.</summary>
public sealed class ProposalsAwaitingUnderwriter : IDemoStep
{
    public int Order => 101;

    public string Name => "proposals awaiting the underwriter";

    public async Task<int> RunAsync(DemoBook book, CancellationToken ct)
    {
        for (var i = 0; i < 2; i++)
        {
            var at = book.AsOf.AddHours(-8 + (i * 3));
            var (_, instance) = await DemoProposals.SubmitAsync(book, at, DemoRisk.YoungDriver, ct);
            book.At(at.AddHours(1));
            await DemoProposals.DiscloseAsync(book, instance, ct);
        }

        return 2;
    }
}
