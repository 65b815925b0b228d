namespace Claims.Web.Infrastructure.Seeding.Book.Steps;

/// <summary>In flight: one proposal referred up to the senior underwriter, and one the senior referred on to head office.</summary>
public sealed class ProposalsReferred : IDemoStep
{
    public int Order => 102;

    public string Name => "proposals referred up";

    public async Task<int> RunAsync(DemoBook book, CancellationToken ct)
    {
        for (var levels = 1; levels <= 2; levels++)
        {
            var at = book.AsOf.AddHours(-10 + levels);
            var (_, instance) = await DemoProposals.SubmitAsync(book, at, DemoRisk.YoungDriver, ct);
            book.At(at.AddHours(1));
            await DemoProposals.DiscloseAsync(book, instance, ct);
            book.At(at.AddHours(3));
            await DemoProposals.DecideAsync(book, instance, "ReferUp", "Young driver on a high sum insured: above my authority.", ct);
            if (levels == 2)
            {
                book.At(at.AddHours(5));
                await DemoProposals.ReferOnAsync(book, instance, "Needs head office's view on the loading.", ct);
            }
        }

        return 2;
    }
}
