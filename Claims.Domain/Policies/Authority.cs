using Claims.Domain.Common;

namespace Claims.Domain.Policies;

public enum AuthorityLevel { Underwriter = 1, SeniorUnderwriter = 2, HeadOffice = 3 }

/// <summary>Reference data: the highest issue value a level may accept for one kind of issue.</summary>
public sealed record AuthorityLimit(AuthorityLevel Level, IssueKind Kind, decimal MaxValue)
{
    /// <summary>Head office's limit: in effect none, yet within decimal(18,2).</summary>
    public const decimal Unlimited = 999_999_999_999m;

    /// <summary>Practice defaults; head office holds authority for everything.</summary>
    public static readonly IReadOnlyList<AuthorityLimit> Defaults =
    [
        new(AuthorityLevel.Underwriter, IssueKind.HighValueVehicle, 800_000m),
        new(AuthorityLevel.SeniorUnderwriter, IssueKind.HighValueVehicle, 2_000_000m),
        new(AuthorityLevel.Underwriter, IssueKind.YoungDriver, 2m),
        new(AuthorityLevel.SeniorUnderwriter, IssueKind.YoungDriver, 7m),
        new(AuthorityLevel.Underwriter, IssueKind.ManyClaims, 3m),
        new(AuthorityLevel.SeniorUnderwriter, IssueKind.ManyClaims, 4m),
        new(AuthorityLevel.Underwriter, IssueKind.CommercialUse, 1m),
        new(AuthorityLevel.SeniorUnderwriter, IssueKind.CommercialUse, 2m),
        new(AuthorityLevel.Underwriter, IssueKind.CommissionOverCap, 30m),
        new(AuthorityLevel.SeniorUnderwriter, IssueKind.CommissionOverCap, 35m),
        new(AuthorityLevel.Underwriter, IssueKind.LargeSumInsured, 1_000_000m),
        new(AuthorityLevel.SeniorUnderwriter, IssueKind.LargeSumInsured, 3_000_000m),
        .. Enum.GetValues<IssueKind>().Select(k => new AuthorityLimit(AuthorityLevel.HeadOffice, k, Unlimited)),
    ];
}

public static class AuthorityLevels
{
    public const string HeadOfficeRole = Roles.HeadOfficeUnderwriter;

    public static string RoleOf(AuthorityLevel level) => level switch
    {
        AuthorityLevel.Underwriter => Roles.Underwriter,
        AuthorityLevel.SeniorUnderwriter => Roles.SeniorUnderwriter,
        _ => Roles.HeadOfficeUnderwriter,
    };

    public static AuthorityLevel? OfRole(string role) => role switch
    {
        Roles.Underwriter => AuthorityLevel.Underwriter,
        Roles.SeniorUnderwriter => AuthorityLevel.SeniorUnderwriter,
        Roles.HeadOfficeUnderwriter => AuthorityLevel.HeadOffice,
        _ => null,
    };

    public static AuthorityLevel? Above(AuthorityLevel level) => level == AuthorityLevel.HeadOffice ? null : level + 1;
}

/// <summary>Who may accept a set of issues: nobody needs to (clean), the lowest level holding authority for all, or no level.</summary>
public sealed record AuthorityDecision(AuthorityLevel? Level, bool IsClean)
{
    public static readonly AuthorityDecision Clean = new(null, true);
    public static readonly AuthorityDecision NoAuthority = new(null, false);

    public static AuthorityDecision ReferTo(AuthorityLevel level) => new(level, false);

    public static AuthorityDecision For(IReadOnlyCollection<UnderwritingIssue> issues, IReadOnlyCollection<AuthorityLimit> limits)
    {
        if (issues.Count == 0)
        {
            return Clean;
        }

        foreach (var level in Enum.GetValues<AuthorityLevel>().Order())
        {
            if (issues.All(i => limits.Any(l => l.Level == level && l.Kind == i.Kind && i.Value <= l.MaxValue)))
            {
                return ReferTo(level);
            }
        }

        return NoAuthority;
    }
}
