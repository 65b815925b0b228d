using System.Globalization;
using Claims.Domain.Claims;

namespace Claims.Domain.Fraud;

/// <summary>The fraud indicators of DOMAIN.md as pure rules over <see cref="FraudFacts"/>; each fires at most once.</summary>
public static class FraudScoring
{
    public static FraudScore Score(FraudFacts f, FraudRules rules)
    {
        var fired = new List<FiredIndicator>();
        void Fire(FraudIndicator indicator, string facts)
        {
            if (rules.WeightOf(indicator) > 0)
            {
                fired.Add(new FiredIndicator(indicator, rules.WeightOf(indicator), facts));
            }
        }

        var lossDate = DateOnly.FromDateTime(f.LossAtUtc + rules.LocalOffset);
        var sinceStart = lossDate.DayNumber - f.PolicyStart.DayNumber;
        var sinceIncrease = f.LastCoverIncrease is { } raised ? lossDate.DayNumber - raised.DayNumber : (int?)null;
        if (sinceStart >= 0 && sinceStart <= rules.EarlyLossDays)
        {
            Fire(FraudIndicator.EarlyLoss, $"Loss {sinceStart} days after the policy started ({f.PolicyStart:yyyy-MM-dd}).");
        }
        else if (sinceIncrease is >= 0 && sinceIncrease <= rules.EarlyLossDays)
        {
            Fire(FraudIndicator.EarlyLoss, $"Loss {sinceIncrease} days after the cover was increased ({f.LastCoverIncrease:yyyy-MM-dd}).");
        }

        var delay = f.ReportedAtUtc - f.LossAtUtc;
        if (delay > rules.LateNoticeAfter)
        {
            Fire(FraudIndicator.LateNotice, string.Create(CultureInfo.InvariantCulture, $"Reported {delay.TotalHours:0} hours after the loss."));
        }

        if (f.Cause == LossCause.SingleVehicle && f.ThirdPartyCount == 0 && rules.IsNight(f.LossAtUtc))
        {
            Fire(FraudIndicator.NightSingleVehicle, $"Single-vehicle loss at {f.LossAtUtc + rules.LocalOffset:HH:mm} local time, no third party.");
        }

        if (f.ClaimsInLast12Months + 1 >= rules.FrequentClaimsCount)
        {
            Fire(FraudIndicator.FrequentClaims, $"{f.ClaimsInLast12Months + 1} claims in 12 months, this one included.");
        }

        if (f.SharedIdentifiers.Count > 0)
        {
            Fire(FraudIndicator.SharedIdentifier, string.Join("; ", f.SharedIdentifiers.Select(s => $"{s.Kind} {s.Value} also on claim {s.OtherClaimNumber}")) + ".");
        }

        if (f.DriverNamedOnPolicy == false)
        {
            Fire(FraudIndicator.UnnamedDriver, "The driver is not named on the policy.");
        }

        if (f.DisclosureContradictions.Count > 0)
        {
            Fire(FraudIndicator.DisclosureContradiction, "Survey contradicts the disclosure: " + string.Join(", ", f.DisclosureContradictions) + ".");
        }

        var mismatches = f.Photos.Select(p => Mismatch(p, f, rules)).OfType<string>().ToList();
        if (mismatches.Count > 0)
        {
            Fire(FraudIndicator.EvidenceMismatch, string.Join("; ", mismatches) + ".");
        }

        if (f.ReusedPhotoClaims.Count > 0)
        {
            Fire(FraudIndicator.ReusedPhoto, "The same photo is on claim " + string.Join(", ", f.ReusedPhotoClaims.Distinct()) + ".");
        }

        var score = fired.Sum(i => i.Weight);
        return new FraudScore(score, fired, score >= rules.ReferralThreshold);
    }

    private static string? Mismatch(PhotoFacts photo, FraudFacts f, FraudRules rules)
    {
        if (photo.TakenAtUtc is { } taken && (taken - f.LossAtUtc).Duration() > rules.EvidenceTimeTolerance)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{photo.Name} taken {(taken - f.LossAtUtc).Duration().TotalHours:0} hours from the loss");
        }

        if (photo is { Latitude: { } lat, Longitude: { } lon } && f is { LossLatitude: { } lossLat, LossLongitude: { } lossLon })
        {
            var km = DistanceKm(lat, lon, lossLat, lossLon);
            if (km > rules.EvidenceDistanceKm)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{photo.Name} taken {km:0} km from the loss place");
            }
        }

        return null;
    }

    /// <summary>Great-circle distance (haversine, mean Earth radius 6,371 km).</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * 6371 * Math.Asin(Math.Sqrt(a));
    }
}
