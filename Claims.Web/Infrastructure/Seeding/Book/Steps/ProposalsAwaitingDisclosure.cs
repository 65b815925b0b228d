namespace Claims.Web.Infrastructure.Seeding.Book.Steps;

/// <summary>In flight: proposals submitted yesterday whose disclosure checklist waits on the agent's "My work".</summary>
public sealed class ProposalsAwaitingDisclosure : IDemoStep
{
    public int Order => 100;

    public string Name => "proposals awaiting the agent's disclosure";

    public async Task<int> RunAsync(DemoBook book, CancellationToken ct)
    {
        for (var i = 0; i < 2; i++)
        {
            await DemoProposals.SubmitAsync(book, book.AsOf.AddHours(-5 + (i * 2)), DemoRisk.Clean, ct);
        }

        return 2;
    }
}
