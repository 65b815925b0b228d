using Claims.Domain.Common;

namespace Claims.Domain.Policies;

/// <summary>One step of the premium: what was applied, its value (a base premium or a multiplier) and the premium so far.</summary>
public sealed record RatingLine(string Name, decimal Value, decimal Running);

/// <summary>The rated premium with its breakdown, or the reasons it could not be rated.</summary>
public sealed record Quote(string TariffVersion, decimal Premium, IReadOnlyList<RatingLine> Lines, IReadOnlyList<string> Errors)
{
    public bool IsRated => Errors.Count == 0;

    public static Quote Failed(string tariffVersion, params string[] errors) => new(tariffVersion, 0m, [], errors);

    /// <summary>An underwriter's loading (+%) applied to the rounded premium, rounded again.</summary>
    public static Money Loaded(Money premium, Percentage loading) => premium.Times(1m + loading.Fraction);
}
