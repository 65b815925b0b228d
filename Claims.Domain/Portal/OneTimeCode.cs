using System.Security.Cryptography;
using System.Text;

namespace Claims.Domain.Portal;

public enum CodeCheck { Accepted, Wrong, Expired, TooManyAttempts, Used }

/// <summary>
/// A six-digit code mailed to the policyholder to report a loss online: only its keyed hash is stored; it expires, allows a
/// few attempts and is used once. The challenge id is what the page carries between the two steps.
/// </summary>
public sealed class OneTimeCode
{
    public const int Digits = 6;

    private OneTimeCode() { }

    public Guid Id { get; private set; }
    public Guid PolicyId { get; private set; }
    public string Hash { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTime? UsedAt { get; private set; }

    public static OneTimeCode Issue(Guid challengeId, Guid policyId, string code, byte[] key, DateTime now, TimeSpan validFor) => new()
    {
        Id = challengeId, PolicyId = policyId, Hash = HashOf(challengeId, code, key), CreatedAt = now, ExpiresAt = now + validFor,
    };

    /// <summary>Checks an attempt: a wrong one counts, the right one uses the code up; an expired, used or exhausted code accepts nothing.</summary>
    public CodeCheck Verify(string? code, byte[] key, DateTime now, int maxAttempts)
    {
        if (UsedAt is not null)
        {
            return CodeCheck.Used;
        }

        if (Attempts >= maxAttempts)
        {
            return CodeCheck.TooManyAttempts;
        }

        if (now >= ExpiresAt)
        {
            return CodeCheck.Expired;
        }

        Attempts++;
        var given = Encoding.ASCII.GetBytes(IsWellFormed(code) ? HashOf(Id, code!, key) : "");
        if (!CryptographicOperations.FixedTimeEquals(given, Encoding.ASCII.GetBytes(Hash)))
        {
            return CodeCheck.Wrong;
        }

        UsedAt = now;
        return CodeCheck.Accepted;
    }

    /// <summary>A fresh code, uniformly drawn, zero-padded.</summary>
    public static string NewCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsWellFormed(string? code) => code is { Length: Digits } && code.All(char.IsAsciiDigit);

    /// <summary>HMAC-SHA256 of challenge and code: a stolen table gives no code without the key.</summary>
    public static string HashOf(Guid challengeId, string code, byte[] key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{challengeId:N}:{code}")));
}
