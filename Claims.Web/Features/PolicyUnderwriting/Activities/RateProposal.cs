using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.PolicyUnderwriting.Activities;

[Activity("Policy.RateProposal", Category = "Policy", DisplayName = "Rate proposal",
    Description = "Rates the proposal with the tariff in force on its start date and records the breakdown.")]
public sealed class RateProposal : Activity
{
    [Output(Description = "The rated premium.")]
    public decimal Premium { get; set; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var proposal = await context.ProposalAsync();
        var quote = await context.Services.GetRequiredService<ProposalRating>().QuoteAsync(proposal, default);
        proposal.RecordQuote(quote);
        if (!quote.IsRated)
        {
            throw new InvalidOperationException($"Proposal {proposal.Number} cannot be rated: {string.Join(" ", quote.Errors)}");
        }

        Premium = quote.Premium;
        context.Complete();
    }
}
