namespace Claims.Domain.Fraud;

/// <summary>Why a claim was scored: at notice, when evidence arrived, when the estimate was recorded.</summary>
public enum FraudTrigger { Notice, Evidence, Estimate }

/// <summary>One scoring of a claim, kept: the claim page shows the latest, the history shows how the score moved.</summary>
public sealed class FraudAssessment
{
    private FraudAssessment() { }

    public long Id { get; private set; }
    public Guid ClaimId { get; private set; }
    public FraudTrigger Trigger { get; private set; }
    public int Score { get; private set; }
    public bool Referred { get; private set; }
    public DateTime AssessedAt { get; private set; }
    /// <summary>The fired indicators, one per line: <c>Indicator|weight|facts</c>.</summary>
    public string Indicators { get; private set; } = "";

    public IReadOnlyList<FiredIndicator> Fired => Indicators.Length == 0 ? []
        : Indicators.Split('\n').Select(line => line.Split('|', 3))
            .Select(p => new FiredIndicator(Enum.Parse<FraudIndicator>(p[0]), int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), p[2]))
            .ToList();

    public static FraudAssessment Of(Guid claimId, FraudTrigger trigger, FraudScore score, DateTime at) => new()
    {
        ClaimId = claimId, Trigger = trigger, Score = score.Score, Referred = score.ReferToInvestigation, AssessedAt = at,
        Indicators = string.Join('\n', score.Fired.Select(f => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{f.Indicator}|{f.Weight}|{Clip(f.Facts.Replace('\n', ' ').Replace('\r', ' '))}"))),
    };

    /// <summary>Facts beyond this are cut: nine indicators fit the column whatever the number of photos.</summary>
    public const int MaxFacts = 400;

    public const int MaxIndicators = 9 * (MaxFacts + 40);

    private static string Clip(string facts) => facts.Length <= MaxFacts ? facts : facts[..(MaxFacts - 1)] + "…";
}
