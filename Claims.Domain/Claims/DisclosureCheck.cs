using Claims.Domain.Policies;

namespace Claims.Domain.Claims;

/// <summary>What the adjuster found about the vehicle and its use at the survey, on the disclosure checklist's items.</summary>
public sealed record SurveyFindings(bool Modified, bool CommercialUse, bool UnnamedDriver, bool UndeclaredPriorClaims, bool PreviousRefusal)
{
    public static readonly SurveyFindings None = new(false, false, false, false, false);
}

/// <summary>A disclosure answer the survey's facts contradict: the item, what the agent disclosed and what was found.</summary>
public sealed record Contradiction(string Key, string Disclosed, string Found);

/// <summary>The decision: the contradictions, or that there was no attested disclosure to compare with.</summary>
public sealed record DisclosureCheckResult(bool HasDisclosure, IReadOnlyList<Contradiction> Contradictions)
{
    public int Count => Contradictions.Count;
}

/// <summary>
/// Disclosure quality (DOMAIN.md agent scorecard): the claim's facts against the agent's attested checklist. A "No" to
/// modifications, commercial use, other drivers or previous refusals is contradicted when the survey finds the fact;
/// "Yes, every prior claim declared" is contradicted by an undeclared prior claim. Pure.
/// </summary>
public static class DisclosureCheck
{
    public static DisclosureCheckResult Compare(IReadOnlyList<DisclosureAnswer> disclosure, SurveyFindings found)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        ArgumentNullException.ThrowIfNull(found);
        if (disclosure.Count == 0)
        {
            return new DisclosureCheckResult(false, []);
        }

        var answers = disclosure.GroupBy(a => a.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Answer, StringComparer.Ordinal);
        var facts = new (string Key, bool Found, string Contradicting, string Fact)[]
        {
            ("priorClaims", found.UndeclaredPriorClaims, "Yes", "a prior claim that was not declared"),
            ("modifications", found.Modified, "No", "the vehicle is modified"),
            ("commercialUse", found.CommercialUse, "No", "the vehicle is used commercially"),
            ("otherDrivers", found.UnnamedDriver, "No", "a driver who is not named drove it"),
            ("previousRefusals", found.PreviousRefusal, "No", "another insurer refused or loaded cover before"),
        };
        var contradictions = facts
            .Where(f => f.Found && answers.TryGetValue(f.Key, out var answer) && answer == f.Contradicting)
            .Select(f => new Contradiction(f.Key, answers[f.Key], f.Fact))
            .ToList();
        return new DisclosureCheckResult(true, contradictions);
    }
}
