using Claims.Domain.Common;
using Claims.Domain.Policies;

namespace Claims.Domain.Renewals;

/// <summary>What re-rating a policy for next year reads: the policy's risk as it stands today and its claims.</summary>
public sealed record RenewalFacts(
    Cover Covers, decimal? NewCarPrice, VehicleUsage Usage, string RegionCode, int YoungestDriverAge, int LeastDrivingYears,
    DateOnly FirstRegistration, DateOnly CurrentStart, DateOnly RenewalStart, int RenewalNumber, IReadOnlyList<DateOnly> ClaimDates,
    decimal LastPremium, decimal CommissionPercent, decimal SumInsured);

public sealed record RenewalQuoteResult(decimal Premium, NcdStep Ncd, string RatedBy, IReadOnlyList<RatingLine> Lines, IReadOnlyList<string> Issues);

/// <summary>
/// The renewal price. NCD: <see cref="NcdStep.FromHistory"/> at the renewal start, with the years insured being the
/// policy years completed with us (renewal number + 1) and the claims on the vehicle (so the policy year's claims move
/// the step). Premium: the tariff in force at the renewal start over today's facts; when the vehicle's model or a
/// tariff row is missing, last premium × new NCD factor / last year's NCD factor (the practice factors). The
/// underwriting rules run again on the same facts.
/// </summary>
public static class RenewalQuote
{
    public static RenewalQuoteResult Price(TariffTable? tariff, RenewalFacts f, UnderwritingSettings settings)
    {
        var yearsInsured = f.RenewalNumber + 1;
        var ncd = NcdStep.FromHistory(yearsInsured, f.ClaimDates, f.RenewalStart);
        var claimsFiveYears = f.ClaimDates.Count(d => d >= f.RenewalStart.AddYears(-5) && d < f.RenewalStart);
        var issues = UnderwritingRules.Evaluate(
            new UnderwritingFacts(f.NewCarPrice ?? 0m, f.YoungestDriverAge, claimsFiveYears, f.Usage, f.CommissionPercent, f.SumInsured), settings);
        var issueTexts = issues.Select(i => i.Description).ToList();

        if (tariff is not null && f.NewCarPrice is { } carPrice)
        {
            var input = new RatingInput(f.Covers, PriceBands.For(carPrice), f.Usage, f.RegionCode, f.YoungestDriverAge, f.LeastDrivingYears,
                NcdStep.WholeYears(f.FirstRegistration, f.RenewalStart), ncd);
            var quote = PremiumRating.Rate(tariff, input);
            if (quote.IsRated)
            {
                return new RenewalQuoteResult(quote.Premium, ncd, $"tariff {tariff.Version}", quote.Lines, issueTexts);
            }
        }

        var last = NcdStep.FromHistory(yearsInsured - 1, f.ClaimDates, f.CurrentStart);
        var premium = Money.Of(f.LastPremium * ncd.DefaultFactor / last.DefaultFactor).Amount;
        var lines = new[] { new RatingLine("Last premium", f.LastPremium, f.LastPremium), new RatingLine($"NCD {last.Key} → {ncd.Key}", ncd.DefaultFactor / last.DefaultFactor, premium) };
        return new RenewalQuoteResult(premium, ncd, "last premium × NCD step ratio", lines, issueTexts);
    }
}
