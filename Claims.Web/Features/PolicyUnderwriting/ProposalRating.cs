using Claims.Domain.Policies;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.PolicyUnderwriting;

/// <summary>Reads the reference data rating and underwriting need: the tariff in force, the authority limits, the rule settings.</summary>
public sealed class ProposalRating(ClaimsDbContext db, UnderwritingSettings settings)
{
    public async Task<Quote> QuoteAsync(Proposal proposal, CancellationToken ct)
    {
        var tariff = await db.TariffTables.AsNoTracking()
            .Where(t => t.EffectiveFrom <= proposal.StartDate).OrderByDescending(t => t.EffectiveFrom).FirstOrDefaultAsync(ct);
        return tariff is null
            ? Quote.Failed("none", $"No tariff is in force on {proposal.StartDate:yyyy-MM-dd}.")
            : PremiumRating.Rate(tariff, proposal.RatingInput());
    }

    public IReadOnlyList<UnderwritingIssue> Issues(Proposal proposal) => UnderwritingRules.Evaluate(proposal.Facts(), settings);

    public async Task<IReadOnlyList<AuthorityLimit>> LimitsAsync(CancellationToken ct)
    {
        var limits = await db.AuthorityLimits.AsNoTracking().ToListAsync(ct);
        return limits.Count > 0 ? limits : AuthorityLimit.Defaults;
    }
}
