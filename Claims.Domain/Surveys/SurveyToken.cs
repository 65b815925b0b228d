using System.Security.Cryptography;
using System.Text;

namespace Claims.Domain.Surveys;

public enum SurveyTokenCheck { Valid, Expired, Invalid }

/// <summary>The no-login link to a survey: its id and expiry, signed with HMAC-SHA256 (answering once is the survey's business).</summary>
public static class SurveyToken
{
    public static string Create(Guid surveyId, DateTimeOffset expiresAt, byte[] key)
    {
        var payload = $"{surveyId:N}.{expiresAt.ToUnixTimeSeconds()}";
        return $"{payload}.{Sign(payload, key)}";
    }

    public static (SurveyTokenCheck Check, Guid SurveyId) Verify(string? token, DateTimeOffset now, byte[] key)
    {
        var parts = token?.Split('.') ?? [];
        if (parts.Length != 3 || !Guid.TryParseExact(parts[0], "N", out var id) || !long.TryParse(parts[1], out var expires))
        {
            return (SurveyTokenCheck.Invalid, Guid.Empty);
        }

        var expected = Encoding.ASCII.GetBytes(Sign($"{parts[0]}.{parts[1]}", key));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[2])))
        {
            return (SurveyTokenCheck.Invalid, Guid.Empty);
        }

        return now.ToUnixTimeSeconds() > expires ? (SurveyTokenCheck.Expired, id) : (SurveyTokenCheck.Valid, id);
    }

    private static string Sign(string payload, byte[] key) =>
        Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(payload))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
