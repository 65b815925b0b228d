namespace Claims.Domain.Common;

/// <summary>The staff roles; every endpoint and page names the ones it serves.</summary>
public static class Roles
{
    public const string Agent = nameof(Agent);
    public const string Underwriter = nameof(Underwriter);
    public const string SeniorUnderwriter = nameof(SeniorUnderwriter);
    public const string HeadOfficeUnderwriter = nameof(HeadOfficeUnderwriter);
    public const string LossAdjuster = nameof(LossAdjuster);
    public const string SeniorAdjuster = nameof(SeniorAdjuster);
    public const string PriceChecker = nameof(PriceChecker);
    public const string Reinspector = nameof(Reinspector);
    /// <summary>Special investigation (SIU): decides claims the fraud score referred.</summary>
    public const string Investigator = nameof(Investigator);
    public const string Manager = nameof(Manager);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> All =
        [Agent, Underwriter, SeniorUnderwriter, HeadOfficeUnderwriter, LossAdjuster, SeniorAdjuster, PriceChecker, Reinspector, Manager, Admin, Investigator];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
