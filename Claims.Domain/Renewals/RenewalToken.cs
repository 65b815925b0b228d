using System.Security.Cryptography;
using System.Text;

namespace Claims.Domain.Renewals;

public enum TokenCheck { Valid, Expired, Invalid }

/// <summary>
/// The link a policyholder renews with: the offer id and an expiry, signed with HMAC-SHA256. Single use is the
/// offer's business (it records when its token was used); this only proves who issued the link and until when.
/// </summary>
public static class RenewalToken
{
    public static string Create(Guid offerId, DateTimeOffset expiresAt, byte[] key)
    {
        var payload = $"{offerId:N}.{expiresAt.ToUnixTimeSeconds()}";
        return $"{payload}.{Sign(payload, key)}";
    }

    public static (TokenCheck Check, Guid OfferId) Verify(string? token, DateTimeOffset now, byte[] key)
    {
        var parts = token?.Split('.') ?? [];
        if (parts.Length != 3 || !Guid.TryParseExact(parts[0], "N", out var offerId) || !long.TryParse(parts[1], out var expires))
        {
            return (TokenCheck.Invalid, Guid.Empty);
        }

        var expected = Encoding.ASCII.GetBytes(Sign($"{parts[0]}.{parts[1]}", key));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[2])))
        {
            return (TokenCheck.Invalid, Guid.Empty);
        }

        return now.ToUnixTimeSeconds() > expires ? (TokenCheck.Expired, offerId) : (TokenCheck.Valid, offerId);
    }

    private static string Sign(string payload, byte[] key) =>
        Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(payload))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
