namespace Claims.Domain.Claims;

/// <summary>An adjuster who could survey, with the claims they hold open.</summary>
public sealed record SurveyorCandidate(string UserName, string? RegionCode, int AuthorityLevel, int OpenClaims);

/// <summary>Survey goes to an adjuster of the loss region with the least open work; ties by name, so the choice is stable.</summary>
public static class SurveyorAssignment
{
    public static SurveyorCandidate? Pick(IEnumerable<SurveyorCandidate> candidates, string lossRegion) =>
        candidates
            .Where(c => string.Equals(c.RegionCode, lossRegion, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.OpenClaims)
            .ThenBy(c => c.UserName, StringComparer.Ordinal)
            .FirstOrDefault();
}
