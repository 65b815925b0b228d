namespace Claims.Domain.Fraud;

/// <summary>One indicator that fired, its weight and the facts behind it, in words for the claim page.</summary>
public sealed record FiredIndicator(FraudIndicator Indicator, int Weight, string Facts);

/// <summary>The weighted score and whether it refers the claim to special investigation.</summary>
public sealed record FraudScore(int Score, IReadOnlyList<FiredIndicator> Fired, bool ReferToInvestigation)
{
    /// <summary>Referral hit rate = referrals not cleared / referrals; null when nothing was referred.</summary>
    public static decimal? HitRate(int referrals, int cleared) =>
        referrals == 0 ? null : Math.Round((decimal)(referrals - cleared) / referrals, 4);
}
